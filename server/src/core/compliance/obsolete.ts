/** Obsolete law and dead services in editor text: each pattern is matched on accent- and case-folded text. */
import type { EditorTextField } from '../input/editor-text';
import { finding, type ComplianceCode, type Finding } from './codes';

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const PATTERNS: Array<[ComplianceCode, RegExp]> = [
  ['obsolete.cil', /correspondants? (a la protection des donnees|informatique et libertes)|\bcil\b/],
  ['obsolete.cnil-declaration', /declaration (prealable )?(a|aupres de) la (cnil|commission nationale)|declare(e|s)? (a|aupres de) la cnil|recepisse de (la )?cnil/],
  ['obsolete.simplified-norm', /norme simplifiee|\bns ?-?\d{1,3}\b|dispense (de declaration )?n ?° ?\d+/],
  ['obsolete.safe-harbor', /safe ?harbou?r/],
  ['obsolete.privacy-shield', /privacy ?shield|bouclier de protection des donnees/],
  ['obsolete.directive-95-46', /directive (ce )?(n ?° ?)?95\/46/],
  ['obsolete.google-plus', /google ?\+|google plus/],
  // Article numbers of the old law are checked one by one, with the article in force, in citations.ts.
  ['obsolete.law-numbering', /modifiee par la loi du 6 aout 2004/],
  ['obsolete.blocking-right', /verrouillage/],
];

export const obsoleteRules = (fields: EditorTextField[]): Finding[] => {
  const out: Finding[] = [];
  for (const field of fields) {
    const text = fold(field.text);
    for (const [code, pattern] of PATTERNS) if (pattern.test(text)) out.push(finding(code, field.path));
  }
  return out;
};
