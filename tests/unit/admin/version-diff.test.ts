import { compose } from '../../../server/src/core';
import type { LegalDocument } from '../../../server/src/core/tree';
import { PAGE_DATE, sectionTexts } from '../../../admin/src/utils/documentText';
import { changedSections, compareVersions, movedEffectiveDate } from '../../../admin/src/utils/versionDiff';
import { fullInput } from '../core/fixtures/full';

/** The history's diff: the sections an editor must read, without the dates every publication moves. */
const page = (changes: Record<string, unknown> = {}): LegalDocument => compose({ ...fullInput('privacy-policy', 'fr'), ...changes });

describe('comparing two versions', () => {
  it('counts no changed section when only the page’s effective and last-updated dates moved', () => {
    const before = page({ effectiveDate: '2026-12-01', lastUpdated: '2026-11-23' });
    const after = page({ effectiveDate: '2027-01-15', lastUpdated: '2026-12-20' });
    // The dates are printed, in the lead and in the "changes" section: the texts differ…
    expect(sectionTexts(before).map((s) => s.text)).not.toEqual(sectionTexts(after).map((s) => s.text));
    // …but no section counts as changed.
    expect(changedSections(compareVersions(before, after))).toEqual([]);
    expect(movedEffectiveDate(before, after)).toEqual({ before: '2026-12-01', after: '2027-01-15' });
  });

  it('still counts a section whose words changed, and shows the dates in its text', () => {
    const before = page();
    const after = page({ effectiveDate: '2027-01-15', introduction: 'Une nouvelle introduction.' });
    const changed = changedSections(compareVersions(before, after));
    expect(changed.map((s) => [s.id, s.status])).toEqual([['__lead', 'changed']]);
    expect(changed[0].changes.some((c) => c.added && c.value.includes('nouvelle'))).toBe(true);
  });

  it('counts a date that is not one of the page’s own as a change', () => {
    const doc = page();
    const withDate = (iso: string): LegalDocument => ({
      ...doc,
      sections: [{ ...doc.sections[0], blocks: [{ type: 'paragraph', children: [{ type: 'date', iso, text: iso }] }] }],
    });
    const changed = changedSections(compareVersions(withDate('2020-01-01'), withDate('2021-01-01')));
    expect(changed.map((s) => s.id)).toEqual([doc.sections[0].id]);
  });

  it('marks added and removed sections', () => {
    const doc = page();
    const [first, ...rest] = doc.sections;
    const diff = compareVersions({ ...doc, sections: rest }, { ...doc, sections: [first, ...rest.slice(1)] });
    expect(changedSections(diff).map((s) => [s.id, s.status])).toEqual([
      [first.id, 'added'],
      [rest[0].id, 'removed'],
    ]);
  });

  it('writes the page’s own dates alike in every version, and only them', () => {
    const texts = sectionTexts(page());
    const lead = texts.find((s) => s.id === '__lead')!;
    expect(lead.comparable).toContain(PAGE_DATE);
    expect(lead.text).not.toContain(PAGE_DATE);
  });

  it('gives no moved date when the effective date is the same', () => {
    expect(movedEffectiveDate({ effectiveDate: '2026-12-01' }, { effectiveDate: '2026-12-01' })).toBeNull();
  });
});
