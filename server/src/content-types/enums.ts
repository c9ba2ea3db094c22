export const ORGANISATION_KINDS = ['public-body', 'company', 'association', 'person'] as const;
/** GDPR Art. 6(1)(a) to (f), in order. */
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export const REQUIREMENTS = ['statutory', 'contractual', 'contract-prerequisite', 'optional'] as const;
export const DURATION_UNITS = ['day', 'week', 'month', 'year'] as const;
export const END_ACTIONS = ['deletion', 'anonymisation', 'archiving'] as const;
export const RECIPIENT_KINDS = ['internal-service', 'processor', 'public-authority', 'third-party'] as const;
export const SAFEGUARDS = ['adequacy', 'scc', 'bcr', 'derogation'] as const;
export const RIGHT_KINDS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'complaint',
  'post-mortem',
  'no-automated-decision',
] as const;
export const COOKIE_CATEGORIES = ['necessary', 'audience', 'preferences', 'marketing'] as const;
export const COOKIE_DURATION_UNITS = ['session', 'day', 'month', 'year'] as const;
export const DESIGNATION_GENDERS = ['masculine', 'feminine'] as const;
