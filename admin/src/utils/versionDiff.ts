/** Two versions compared section by section: what the history's diff shows and counts. */
import { diffWordsWithSpace, type Change } from 'diff';
import type { LegalDocument } from '../../../server/src/core/tree';
import { sectionTexts, type SectionText } from './documentText';

export interface SectionDiff {
  id: string;
  heading: string;
  changes: Change[];
  status: 'same' | 'changed' | 'added' | 'removed';
}

type Doc = Parameters<typeof sectionTexts>[0];

const compareTexts = (before: SectionText[], after: SectionText[]): SectionDiff[] => {
  const ids = [...after.map((s) => s.id), ...before.map((s) => s.id).filter((id) => !after.some((s) => s.id === id))];
  return ids.map((id) => {
    const a = before.find((s) => s.id === id);
    const b = after.find((s) => s.id === id);
    const left = a ? `${a.heading}\n${a.text}` : '';
    const right = b ? `${b.heading}\n${b.text}` : '';
    // The page's own dates move at every publication: a section that differs by them alone is the same section.
    const same = a && b && a.heading === b.heading && a.comparable === b.comparable;
    const status = !a ? 'added' : !b ? 'removed' : same ? 'same' : 'changed';
    return { id, heading: (b ?? a)?.heading ?? id, changes: diffWordsWithSpace(left, right), status };
  });
};

/** Every section of either version, the newer's order first, with its status and its word-level changes. */
export const compareVersions = (before: Doc, after: Doc): SectionDiff[] => compareTexts(sectionTexts(before), sectionTexts(after));

/** The sections an editor must read: those added, removed or changed apart from the page's own dates. */
export const changedSections = (diff: SectionDiff[]) => diff.filter((s) => s.status !== 'same');

/** The two effective dates when they differ (shown apart, as they are not counted as a change). */
export const movedEffectiveDate = (before: Pick<LegalDocument, 'effectiveDate'>, after: Pick<LegalDocument, 'effectiveDate'>) =>
  before.effectiveDate && after.effectiveDate && before.effectiveDate !== after.effectiveDate ? { before: before.effectiveDate, after: after.effectiveDate } : null;
