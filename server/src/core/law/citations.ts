/**
 * The law in force, as the checks of editor text cite it: for each subject, the law and the article that hold it
 * today, and the numbers that held it before a renumbering. One table, read by the compliance checks and the tests.
 */
import type { RightKind } from '../input/types';

export type Law = 'gdpr' | 'loi-78-17' | 'lcen' | 'loi-2005-102';

export interface Citation {
  law: Law;
  article: string;
  subject: string;
  /** When this numbering took effect (ISO date). */
  inForceSince: string;
}

export const LAW_NAMES: Record<Law, { fr: string; en: string }> = {
  gdpr: { fr: 'du RGPD', en: 'of the GDPR' },
  'loi-78-17': { fr: 'de la loi n° 78-17 du 6 janvier 1978', en: 'of the French Data Protection Act (No. 78-17 of 6 January 1978)' },
  lcen: { fr: 'de la loi n° 2004-575 du 21 juin 2004 (LCEN)', en: 'of Act No. 2004-575 of 21 June 2004 (LCEN)' },
  'loi-2005-102': {
    fr: "de la loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées",
    en: 'of French Act No. 2005-102 of 11 February 2005 on equal rights and opportunities, participation and citizenship of disabled people',
  },
};

// GDPR: applicable since 25 May 2018. Loi 78-17: renumbered by ordonnance n° 2018-1125, in force 1 June 2019.
// LCEN: identification duties moved from article 6-III to article 1-1 by loi n° 2024-449 (SREN) of 21 May 2024.
const GDPR = '2018-05-25';
const RENUMBERED_78_17 = '2019-06-01';
const SREN = '2024-05-23';
// Loi 2005-102 art. 47: accessibility of online public services; its statement and plans since loi n° 2016-1321
// (7 October 2016, in force the day after its publication), as applied by décret n° 2019-768 of 24 July 2019.
const ACCESSIBILITY = '2016-10-09';

export const CITATIONS = {
  'gdpr.lawfulness': { law: 'gdpr', article: '6', subject: 'lawfulness of processing: the legal bases (6(1)(a)-(f))', inForceSince: GDPR },
  'gdpr.transparency': { law: 'gdpr', article: '12', subject: 'transparent information; time to answer (12(3)), identity checks (12(6))', inForceSince: GDPR },
  'gdpr.information': { law: 'gdpr', article: '13', subject: 'information to be provided', inForceSince: GDPR },
  'gdpr.information-indirect': { law: 'gdpr', article: '14', subject: 'information when data is not obtained from the person', inForceSince: GDPR },
  'gdpr.withdraw-consent': { law: 'gdpr', article: '7', subject: 'withdrawal of consent (7(3))', inForceSince: GDPR },
  'gdpr.access': { law: 'gdpr', article: '15', subject: 'right of access', inForceSince: GDPR },
  'gdpr.rectification': { law: 'gdpr', article: '16', subject: 'right to rectification', inForceSince: GDPR },
  'gdpr.erasure': { law: 'gdpr', article: '17', subject: 'right to erasure', inForceSince: GDPR },
  'gdpr.restriction': { law: 'gdpr', article: '18', subject: 'right to restriction of processing', inForceSince: GDPR },
  'gdpr.portability': { law: 'gdpr', article: '20', subject: 'right to data portability', inForceSince: GDPR },
  'gdpr.objection': { law: 'gdpr', article: '21', subject: 'right to object', inForceSince: GDPR },
  'gdpr.automated-decision': { law: 'gdpr', article: '22', subject: 'automated individual decision-making', inForceSince: GDPR },
  'gdpr.processor': { law: 'gdpr', article: '28', subject: 'processors', inForceSince: GDPR },
  'gdpr.security': { law: 'gdpr', article: '32', subject: 'security of processing', inForceSince: GDPR },
  'gdpr.transfer-safeguards': { law: 'gdpr', article: '46', subject: 'transfers subject to appropriate safeguards', inForceSince: GDPR },
  'gdpr.binding-corporate-rules': { law: 'gdpr', article: '47', subject: 'binding corporate rules', inForceSince: GDPR },
  'gdpr.transfer-derogations': { law: 'gdpr', article: '49', subject: 'derogations for specific situations', inForceSince: GDPR },
  'gdpr.complaint': { law: 'gdpr', article: '77', subject: 'right to lodge a complaint with a supervisory authority', inForceSince: GDPR },
  'loi-78-17.cookies': { law: 'loi-78-17', article: '82', subject: 'cookies and other trackers', inForceSince: RENUMBERED_78_17 },
  'loi-78-17.post-mortem': { law: 'loi-78-17', article: '85', subject: 'post-mortem directives', inForceSince: RENUMBERED_78_17 },
  'lcen.identification': { law: 'lcen', article: '1-1', subject: 'identification of publishers and hosts', inForceSince: SREN },
  'gdpr.children-consent': { law: 'gdpr', article: '8', subject: "conditions applicable to a child's consent to online services", inForceSince: GDPR },
  // Loi n° 2018-493 set the age at 15 (then article 7-1); the ordonnance of 2018 renumbered it.
  'loi-78-17.digital-consent-age': { law: 'loi-78-17', article: '45', subject: 'age of digital consent: 15', inForceSince: RENUMBERED_78_17 },
  'loi-2005-102.accessibility': {
    law: 'loi-2005-102',
    article: '47',
    subject: 'accessibility of online services: statement, multi-year plan, action plan, footer mention',
    inForceSince: ACCESSIBILITY,
  },
} as const satisfies Record<string, Citation>;

export type CitationKey = keyof typeof CITATIONS;

/** The GDPR article of each right; the post-mortem directives are French law. */
export const RIGHT_CITATIONS: Record<RightKind, CitationKey> = {
  access: 'gdpr.access',
  rectification: 'gdpr.rectification',
  erasure: 'gdpr.erasure',
  restriction: 'gdpr.restriction',
  portability: 'gdpr.portability',
  objection: 'gdpr.objection',
  'withdraw-consent': 'gdpr.withdraw-consent',
  complaint: 'gdpr.complaint',
  'post-mortem': 'loi-78-17.post-mortem',
  'no-automated-decision': 'gdpr.automated-decision',
};

/** Article numbers that no longer hold their subject, with the citations that do now. */
export interface Renumbering {
  law: Law;
  /** The old number as written: "40-1", "32-II". */
  old: string;
  now: CitationKey[];
  /** The number still exists with another subject: the sentence must be about this one (folded text). */
  about?: RegExp;
}

export const RENUMBERINGS: Renumbering[] = [
  { law: 'loi-78-17', old: '40-1', now: ['loi-78-17.post-mortem'] },
  { law: 'loi-78-17', old: '32-II', now: ['loi-78-17.cookies'] },
  { law: 'loi-78-17', old: '32', now: ['gdpr.information'] },
  { law: 'loi-78-17', old: '38', now: ['gdpr.objection'] },
  { law: 'loi-78-17', old: '39', now: ['gdpr.access'] },
  { law: 'loi-78-17', old: '40', now: ['gdpr.rectification', 'gdpr.erasure'] },
  { law: 'lcen', old: '6-III', now: ['lcen.identification'] },
  // Article 6 of the LCEN still holds the hosts' duties; only a sentence about identifying the publisher cites it wrongly.
  { law: 'lcen', old: '6', now: ['lcen.identification'], about: /\bedite|editeur|mentions legales|identif|published|publisher|legal notice/ },
];

/** "article 85 de la loi n° 78-17 du 6 janvier 1978" / "Article 85 of the French Data Protection Act…". */
export const citationText = (key: CitationKey, locale: 'fr' | 'en'): string => {
  const c: Citation = CITATIONS[key];
  return `${locale === 'fr' ? 'article' : 'Article'} ${c.article} ${LAW_NAMES[c.law][locale]}`;
};
