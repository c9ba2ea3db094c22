/** English: the facts added by issue 18, section 3. */
import type { FactsPack } from './facts-types';

export const enFacts: FactsPack = {
  sectionTitles: {
    'applicable-law': 'Applicable law and competent courts',
    'documents-officer': 'Access to administrative documents and re-use of public information',
  },
  gendered: {
    representative: { m: 'Legal representative', f: 'Legal representative' },
    director: { m: 'Director of publication', f: 'Director of publication' },
  },
  applicableLaw: { law: 'Applicable law', courts: 'Competent courts' },
  documentsOfficer: (name, title, reachable) => [
    'The person responsible for access to administrative documents and for questions about the re-use of public information ',
    '(Article L. 330-1 of the French Code of Relations between the Public and the Administration) is ',
    name,
    title && `, ${title}`,
    reachable ? ', who can be contacted:' : '.',
  ],
  minors: {
    label: 'Children',
    sentence: (age, frenchLaw) => [
      `if you are under ${age}, your consent must be given together with that of the holder or holders of parental responsibility over you (`,
      frenchLaw ? 'Article 8 GDPR; Article 45 of the French Data Protection Act (No. 78-17 of 6 January 1978)' : 'Article 8 GDPR',
      ').',
    ],
  },
  processors: {
    intro: 'The processors process your data in the following countries:',
    caption: 'Processors and countries of processing',
    name: 'Processor',
    activity: 'Service',
    country: 'Country of processing',
    safeguard: 'Safeguard',
    withinEea: 'none needed (European Economic Area)',
    unknown: 'not stated',
    safeguards: {
      adequacy: 'adequacy decision (Article 45 GDPR)',
      scc: 'standard contractual clauses (Article 46 GDPR)',
      bcr: 'binding corporate rules (Article 47 GDPR)',
      derogation: 'derogation (Article 49 GDPR)',
    },
  },
};
