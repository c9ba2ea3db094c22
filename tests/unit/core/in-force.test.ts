import { inForceAt, inForcePeriods } from '../../../server/src/core/in-force';
import { versionList } from '../../../server/src/public/describe';
import type { PageAddress, VersionMeta } from '../../../server/src/public/pages-service';

const JAN = '2026-01-01T00:00:00.000Z';
const MAR = '2026-03-01T00:00:00.000Z';
const JUN = '2026-06-01T00:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('the version in force at a moment', () => {
  const versions = [
    { number: 1, effectiveAt: JAN },
    { number: 2, effectiveAt: MAR },
    { number: 3, effectiveAt: JUN },
  ];

  it('is the latest effective date at or before the moment', () => {
    expect(inForceAt(versions, at('2025-12-31T23:59:59Z'))).toBeNull();
    expect(inForceAt(versions, at(JAN))).toBe(1);
    expect(inForceAt(versions, at('2026-02-15T00:00:00Z'))).toBe(1);
    expect(inForceAt(versions, at(MAR))).toBe(2);
    expect(inForceAt(versions, at('2027-01-01T00:00:00Z'))).toBe(3);
  });

  it('skips a withdrawn version: the one before stays in force', () => {
    expect(inForceAt([...versions.slice(0, 2), { number: 3, effectiveAt: JUN, withdrawnAt: MAR }], at('2026-07-01T00:00:00Z'))).toBe(2);
  });

  it('goes by effective date, not by number, as the public lookup does', () => {
    // Version 2 was scheduled for June, then version 3 published to take effect in March.
    const out = [
      { number: 1, effectiveAt: JAN },
      { number: 2, effectiveAt: JUN },
      { number: 3, effectiveAt: MAR },
    ];
    expect(inForceAt(out, at('2026-04-01T00:00:00Z'))).toBe(3);
    expect(inForceAt(out, at('2026-07-01T00:00:00Z'))).toBe(2);
  });

  it('breaks a tie of dates by the higher number', () => {
    expect(inForceAt([{ number: 1, effectiveAt: JAN }, { number: 2, effectiveAt: JAN }], at(MAR))).toBe(2);
  });

  it('is none once the site is retired', () => {
    expect(inForceAt(versions, at('2026-04-01T00:00:00Z'), '2026-04-01T00:00:00Z')).toBeNull();
    expect(inForceAt(versions, at('2026-02-01T00:00:00Z'), '2026-04-01T00:00:00Z')).toBe(1);
  });
});

describe('each version’s period in force', () => {
  it('runs from its effective date until the next version’s', () => {
    const periods = inForcePeriods([
      { number: 3, effectiveAt: JUN },
      { number: 2, effectiveAt: MAR },
      { number: 1, effectiveAt: JAN },
    ]);
    expect(periods.get(1)).toEqual({ from: JAN, until: MAR });
    expect(periods.get(2)).toEqual({ from: MAR, until: JUN });
    expect(periods.get(3)).toEqual({ from: JUN, until: null });
  });

  it('gives a withdrawn version none, and the one before it runs on', () => {
    const periods = inForcePeriods([
      { number: 1, effectiveAt: JAN },
      { number: 2, effectiveAt: MAR, withdrawnAt: '2026-02-01T00:00:00Z' },
    ]);
    expect(periods.has(2)).toBe(false);
    expect(periods.get(1)).toEqual({ from: JAN, until: null });
  });

  it('ends at the site’s retirement, and gives none to a version dated after it', () => {
    const periods = inForcePeriods(
      [
        { number: 1, effectiveAt: JAN },
        { number: 2, effectiveAt: JUN },
      ],
      MAR
    );
    expect(periods.get(1)).toEqual({ from: JAN, until: MAR });
    expect(periods.has(2)).toBe(false);
  });

  it('gives none to a version replaced the moment it took effect', () => {
    const periods = inForcePeriods([
      { number: 1, effectiveAt: JAN },
      { number: 2, effectiveAt: JAN },
    ]);
    expect(periods.has(1)).toBe(false);
    expect(periods.get(2)).toEqual({ from: JAN, until: null });
  });

  it('accepts dates as the database hands them back', () => {
    expect(inForcePeriods([{ number: 1, effectiveAt: new Date(JAN) }, { number: 2, effectiveAt: new Date(MAR) }]).get(1)).toEqual({ from: JAN, until: MAR });
  });
});

describe('the versions list', () => {
  const page: PageAddress = { siteDocumentId: 's', slug: 'site', kind: 'privacy-policy', locale: 'fr', publishedNow: true, retiredAt: null };
  const version = (number: number, effectiveAt: string): VersionMeta => ({
    id: number,
    number,
    effectiveAt,
    publishedOn: JAN,
    changeSummary: null,
    contentHash: `hash${number}`,
    publishedWithErrors: false,
    withdrawnAt: null,
    withdrawalReason: null,
    consentRevision: null,
    accessibility: null,
  });
  const list = [version(2, MAR), version(1, JAN)];

  it('marks the version in force at the moment asked, and when each ends whatever that moment', () => {
    const now = versionList(page, list, at('2026-04-01T00:00:00Z'));
    expect(now.data.map((v) => [v.version, v.inForce, v.until])).toEqual([
      [2, true, null],
      [1, false, MAR],
    ]);
    const before = versionList(page, list, at('2026-02-01T23:59:59.999Z'));
    expect(before.data.map((v) => [v.version, v.inForce, v.until])).toEqual([
      [2, false, null],
      [1, true, MAR],
    ]);
  });
});
