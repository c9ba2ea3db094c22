import { addDays, isoDay, timeZoneLabel, utcOffset } from '../../../admin/src/utils/dates';

/** The publish dialog shows the zone its dates are read in; the history's "in force on" takes a whole day. */
describe('the time zone shown next to a date', () => {
  it('names the zone and its offset on that date, summer time included', () => {
    expect(timeZoneLabel(new Date('2026-01-15T12:00:00Z'), 'Europe/Paris')).toBe('Europe/Paris (UTC+1)');
    expect(timeZoneLabel(new Date('2026-07-15T12:00:00Z'), 'Europe/Paris')).toBe('Europe/Paris (UTC+2)');
  });

  it('writes half hours, negative offsets and UTC itself', () => {
    expect(utcOffset(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffset(new Date('2026-01-15T12:00:00Z'), 'America/Sao_Paulo')).toBe('UTC-3');
    expect(utcOffset(new Date('2026-01-15T12:00:00Z'), 'UTC')).toBe('UTC');
  });

  it('defaults to the zone of the environment', () => {
    expect(timeZoneLabel(new Date())).toMatch(/^\S+ \(UTC([+-]\d{1,2}(:\d{2})?)?\)$/);
  });
});

describe('dates of the dialog and of the history', () => {
  it('adds whole days', () => {
    expect(addDays(new Date('2026-01-30T10:00:00Z'), 30).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(addDays(new Date('2026-01-30T10:00:00Z'), 0).toISOString()).toBe('2026-01-30T10:00:00.000Z');
  });

  it('takes a whole day only', () => {
    expect(isoDay('2026-03-01')).toBe('2026-03-01');
    expect(isoDay('')).toBeUndefined();
    expect(isoDay('2026-3-1')).toBeUndefined();
    expect(isoDay('2026-13-01')).toBeUndefined();
  });
});
