/** English (British spelling, plain language). */
import type { Designation, Duration } from '../input/types';
import type { GrammaticalForm } from '../tree';
import { dateParts, joinList } from './grammar';
import { enAccessibility } from './accessibility-en';
import { enFacts } from './facts-en';
import { registerEn } from './register-en';
import type { LocalePack } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const UNITS: Record<Duration['unit'], [string, string]> = {
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

const COUNTRIES: Record<string, string> = {
  FR: 'France', BE: 'Belgium', CH: 'Switzerland', DE: 'Germany', ES: 'Spain', IT: 'Italy', LU: 'Luxembourg',
  NL: 'the Netherlands', IE: 'Ireland', PT: 'Portugal', AT: 'Austria', GB: 'the United Kingdom', US: 'the United States',
  CA: 'Canada', JP: 'Japan', IN: 'India', AU: 'Australia', KR: 'South Korea', IL: 'Israel', NZ: 'New Zealand',
  AR: 'Argentina', UY: 'Uruguay', BR: 'Brazil', SG: 'Singapore', CN: 'China', MA: 'Morocco', TN: 'Tunisia',
};

const NBSP = '\u00a0';

const nounPhrase = (noun: Designation, form: GrammaticalForm): string => {
  const phrase = noun.article === 'none' ? noun.text : `the ${noun.text}`;
  return { plain: '', de: 'of ', a: 'to ', par: 'by ' }[form] + phrase;
};

const capitalize = (value: string): string => value.charAt(0).toLocaleUpperCase('en') + value.slice(1);

export const en: LocalePack = {
  code: 'en',
  name: 'English',

  grammar: {
    nounPhrase,
    definition: (shortName) =>
      shortName.article === 'none'
        ? { before: ' (“', term: shortName.text, after: '”)' }
        : { before: ' (the “', term: shortName.text, after: '”)' },
    from: (phrase) => `from ${phrase.trim()}`,
    list: (items) => joinList(items, 'and'),
    label: (label) => `${label}: `,
    capitalize,
    typography: (value) => value.replace(/(Articles?|Sections?|No\.) (\d)/g, `$1${NBSP}$2`),
    finish: (value) => value,
    // "local authority" → "a local authority"; a name, an acronym or a phrase with its own article stays as it is.
    indefinite: (phrase) =>
      /^[a-z]/.test(phrase) && !/^(a|an|the)\s/i.test(phrase) ? `${/^[aeio]|^u(?!ni)/i.test(phrase) ? 'an' : 'a'} ${phrase}` : phrase,
  },

  format: {
    date: (iso) => {
      const { year, month, day } = dateParts(iso);
      return `${day} ${MONTHS[month - 1]} ${year}`;
    },
    duration: ({ value, unit }) => `${value}${NBSP}${UNITS[unit][value > 1 ? 1 : 0]}`,
    money: ({ amount, currency }) =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount),
    address: (a) =>
      [a.street, a.complement, `${a.postalCode} ${a.city}`, a.country ? capitalize(COUNTRIES[a.country] ?? a.country) : null]
        .filter(Boolean)
        .join(', '),
    country: (code) => capitalize(COUNTRIES[code] ?? code),
  },

  // "Section 3": an English reader takes "Article 3" for an article of the GDPR.
  heading: (number, title) => (number === null ? title : `Section${NBSP}${number} – ${title}`),
  refLabel: (number, title) => (number === null ? `the “${title}” section` : `Section${NBSP}${number}`),

  pageTitles: {
    'privacy-policy': 'Privacy policy',
    'privacy-summary': 'Your personal data at a glance',
    'legal-notice': 'Legal notice',
    'cookie-policy': 'Cookie policy',
    'accessibility-statement': 'Accessibility statement',
  },
  sectionTitles: {
    controller: 'Data controller',
    dpo: 'Data protection officer',
    purposes: 'Purposes and legal bases',
    'data-categories': 'Data processed',
    recipients: 'Recipients of the data',
    transfers: 'Transfers outside the European Economic Area',
    retention: 'Retention periods',
    rights: 'Your rights',
    cookies: 'Cookies and other trackers',
    security: 'Data security',
    changes: 'Changes to this policy',
    identity: 'Who processes your data?',
    'full-notice': 'Find out more',
    publisher: 'Publisher',
    director: 'Director of publication',
    host: 'Hosting',
    editorial: 'Editorial management',
    'intellectual-property': 'Intellectual property',
    'data-licence': 'Licence for reusing the data',
    'personal-data': 'Personal data',
    'what-is-a-cookie': 'What is a cookie?',
    'cookie-list': 'Cookies used',
    'cookie-choices': 'Managing your choices',
    'summary-purposes': 'Why is your data processed?',
    'summary-rights': 'What are your rights?',
    ...enFacts.sectionTitles,
    ...enAccessibility.sectionTitles,
  },
  tocLabel: 'Contents',

  labels: {
    address: 'Address',
    seat: 'Registered office',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    webForm: 'Online form',
    legalForm: 'Legal form',
    siret: 'SIRET',
    siren: 'SIREN',
    rcs: 'Registration',
    rm: 'Trade register (RM)',
    vat: 'EU VAT number',
    rna: 'RNA number',
    shareCapital: 'Share capital',
    representative: 'Legal representative',
    dpoName: 'Name',
    role: 'Role',
    publicBodyAddress: 'Address',
    authority: 'Competent authority',
    legalBasis: 'Legal basis',
    legitimateInterest: 'Legitimate interest pursued',
    dataSubjects: 'People concerned',
    dataCategories: 'Data processed',
    dataSources: 'Source of the data',
    providing: 'Providing the data',
    automatedDecision: 'Automated decision-making',
    purposesOfRecipient: 'Purposes',
    purposeOfRecipient: 'Purpose',
    notSpecified: 'not specified',
    cookieTable: {
      caption: 'Cookies set by the website',
      name: 'Name',
      provider: 'Provider',
      purpose: 'Purpose',
      lifetime: 'Lifetime',
      consent: 'Consent',
    },
    session: 'session',
    consentRequired: 'required',
    consentNotRequired: 'not required (exempt cookie)',
    privacyPolicy: 'privacy policy',
    cookiePolicy: 'cookie policy',
    consentManager: 'cookie settings',
  },

  legalBases: {
    consent: { label: 'your consent', short: 'consent', article: 'Article 6(1)(a) GDPR' },
    contract: {
      label: 'the performance of a contract to which you are a party, or steps taken at your request before entering into one',
      short: 'contract',
      article: 'Article 6(1)(b) GDPR',
    },
    'legal-obligation': { label: 'compliance with a legal obligation', short: 'legal obligation', article: 'Article 6(1)(c) GDPR' },
    'vital-interests': {
      label: 'the protection of your vital interests or those of another natural person',
      short: 'vital interests',
      article: 'Article 6(1)(d) GDPR',
    },
    'public-task': {
      label: 'the performance of a task carried out in the public interest or in the exercise of official authority',
      short: 'public task',
      article: 'Article 6(1)(e) GDPR',
    },
    'legitimate-interests': {
      label: 'the legitimate interests pursued by the controller',
      short: 'legitimate interests',
      article: 'Article 6(1)(f) GDPR',
    },
  },

  rights: {
    access: {
      label: 'Right of access',
      reference: 'Article 15 GDPR',
      description: () => 'obtain confirmation of whether your data is processed, a copy of it and information about its processing',
      short: 'access your data',
    },
    rectification: {
      label: 'Right to rectification',
      reference: 'Article 16 GDPR',
      description: () => 'have inaccurate data corrected and incomplete data completed',
      short: 'have your data corrected',
    },
    erasure: {
      label: 'Right to erasure',
      reference: 'Article 17 GDPR',
      description: () => 'have your data erased, in particular when it is no longer needed or you have withdrawn your consent',
      short: 'have your data erased',
    },
    restriction: {
      label: 'Right to restriction of processing',
      reference: 'Article 18 GDPR',
      description: () => 'have processing restricted, for instance while the accuracy of your data or your objection is being checked',
      short: 'have the processing of your data restricted',
    },
    portability: {
      label: 'Right to data portability',
      reference: 'Article 20 GDPR',
      description: () =>
        'receive the data you provided in a structured, commonly used and machine-readable format and have it sent to another controller, where processing is based on your consent or on a contract',
      short: 'retrieve the data you provided',
    },
    objection: {
      label: 'Right to object',
      reference: 'Article 21 GDPR',
      description: () =>
        'object at any time to processing based on a public task or on legitimate interests, and to the use of your data for direct marketing',
      short: 'object to the processing of your data',
    },
    'withdraw-consent': {
      label: 'Right to withdraw consent',
      reference: 'Article 7(3) GDPR',
      description: () =>
        'at any time, as easily as you gave it. Processing carried out before you withdraw it remains lawful',
      short: 'withdraw your consent at any time',
    },
    complaint: {
      label: 'Right to lodge a complaint',
      reference: 'Article 77 GDPR',
      // Any authority (Art. 77); the controller's own, when known, is named below the sentence.
      description: () =>
        'with a supervisory authority, in particular in the EU country where you live or work, or where the alleged infringement took place',
      short: 'lodge a complaint with a supervisory authority',
    },
    'post-mortem': {
      label: 'Instructions after death',
      reference: 'Article 85 of the French Data Protection Act',
      description: () => 'give instructions on the storage, erasure and disclosure of your data after your death',
      short: 'give instructions on what happens to your data after your death',
    },
    'no-automated-decision': {
      label: 'Right not to be subject to automated decision-making',
      reference: 'Article 22 GDPR',
      description: () =>
        'a decision made without any human involvement, profiling included, that has legal effects on you or similarly significantly affects you',
      short: 'ask not to be subject to a fully automated decision',
    },
  },

  requirement: {
    statutory: 'required by law or regulation',
    contractual: 'required by contract',
    'necessary-for-contract': 'necessary to enter into a contract',
    optional: 'optional',
    automatic: 'not applicable; this data is not asked of you but collected automatically while you browse the site',
  },
  consequence: (text) => [' If you do not provide it, ', text],
  recipientKinds: {
    internal: 'internal department',
    processor: 'processor',
    'joint-controller': 'joint controller',
    'third-party': 'third party',
    'public-authority': 'public authority',
  },
  safeguards: {
    adequacy: 'country recognised by a European Commission adequacy decision as ensuring an adequate level of protection (Article 45 GDPR)',
    scc: 'transfer governed by standard contractual clauses adopted by the European Commission (Article 46(2)(c) GDPR)',
    bcr: 'transfer governed by binding corporate rules (Article 47 GDPR)',
    derogation: 'transfer based on a derogation for specific situations (Article 49 GDPR)',
  },
  endActions: { deletion: 'deleted', anonymisation: 'anonymised', archiving: 'archived', 'deletion-or-anonymisation': 'deleted or anonymised' },
  cookieCategories: {
    'strictly-necessary': 'strictly necessary',
    functional: 'functional',
    audience: 'audience measurement',
    advertising: 'advertising',
    social: 'social media',
  },
  automatedDecision: {
    none: 'no decision is based solely on automated processing',
    exists: 'a decision based solely on automated processing may be taken',
    logic: 'logic involved',
    consequences: 'consequences for you',
    grounds: {
      contract: 'it is necessary to enter into or perform a contract with you (Article 22(2)(a) GDPR)',
      law: 'it is authorised by law, which also sets out safeguards for your rights (Article 22(2)(b) GDPR)',
      consent: 'it is based on your explicit consent (Article 22(2)(c) GDPR)',
    },
    safeguards: 'you can ask for a person to review the decision, give your point of view and contest it (Article 22(3) GDPR)',
  },
  defaultAuthority: {
    name: 'Commission nationale de l’informatique et des libertés (CNIL), the French data protection authority',
    address: { street: '3 place de Fontenoy', complement: 'TSA 80715', postalCode: '75334', city: 'Paris Cedex 07', country: 'FR' },
    website: 'https://www.cnil.fr',
    complaintUrl: 'https://www.cnil.fr/en/contact-cnil',
  },
  defaultDesignations: {
    'public-body': { text: 'Municipality' },
    company: { text: 'Company' },
    association: { text: 'Association' },
    person: null,
  },

  register: registerEn,

  common: {
    dates: (effective, updated) => [
      effective && ['Effective from ', effective, '.'],
      effective && updated && ' ',
      updated && ['Last updated: ', updated, '.'],
    ],
  },

  privacyPolicy: {
    lead: (h, site, frenchLaw) => [
      'This privacy policy tells you how ', h.controller('plain'), ` ${h.agree('processes', 'process')} your personal data on the `,
      site.name, ' website (', site.link, '). ',
      'It follows Articles 13 and 14 of the General Data Protection Regulation (“GDPR”).',
      frenchLaw && ' The French Data Protection Act (Act No. 78-17 of 6 January 1978) also applies.',
    ],
    controllerIs: (name, legalForm) => ['The controller of your data is ', name, legalForm && `, ${en.grammar.indefinite(legalForm)}`, '.'],
    dpoAppointed: (h) => [
      h.controller('plain', true),
      ` ${h.agree('has', 'have')} appointed a data protection officer (DPO). You can contact the DPO about any question on your personal data:`,
    ],
    legalBasis: (label, article, law) => [label, ' (', article, law && ['; ', law], ')'],
    dpoExternal: (organisation) => ['The DPO is provided by ', organisation, '.'],
    dpoNotAppointed: (h) => [
      h.controller('plain', true), ` ${h.agree('has', 'have')} not appointed a data protection officer. `,
      'For any question about your personal data, use the contact details in ', h.ref('controller'), '.',
    ],
    purposesIntro: (h) => [
      h.controller('plain', true), ` ${h.agree('processes', 'process')} your personal data for the following purposes. `,
      'Each relies on one of the legal bases set out in Article 6 GDPR.',
    ],
    dataIntro: (h) => [
      'For the purposes described in ', h.ref('purposes'), ', ', h.controller('plain'),
      ` ${h.agree('processes', 'process')} the following categories of data:`,
    ],
    dataDirect: () => 'This data is collected directly from you.',
    dataIndirect: () => 'Some data is not collected from you; it comes from the following sources:',
    recipientsIntro: (h) => [
      'Your data is disclosed to the following recipients, only as far as each purpose described in ', h.ref('purposes'), ' requires:',
    ],
    recipientsNone: (h) => ['Your data is not disclosed to any recipient outside ', h.controller('plain'), '.'],
    processorsNote: (h) => [
      'Processors act on behalf of ', h.controller('plain'), ` and on ${h.agree('its', 'their')} instructions, under a contract that meets Article 28 GDPR.`,
    ],
    transfersNone: () => 'Your data is not transferred outside the European Economic Area (EEA).',
    transfersIntro: () => 'Some data is transferred outside the European Economic Area (EEA):',
    transferCopy: (h, url) =>
      url
        ? [' A copy of these safeguards is available at ', h.link(url), '.']
        : [' A copy of these safeguards can be obtained on request, using the contact details in ', h.ref(h.contactSection()), '.'],
    retentionIntro: (h) => ['Your data is kept only as long as the purposes described in ', h.ref('purposes'), ' require, as follows:'],
    // "while your account is active and for 3 years after your last sign-in; then deleted": the criterion first, then
    // the period that follows it, so that the two never contradict each other.
    retention: (duration, criterion, startEvent, end, reference) => [
      duration && criterion
        ? `${criterion} and for ${duration} ${startEvent ? `after ${startEvent.trim()}` : 'after that'}`
        : [duration ?? criterion, startEvent && ` ${en.grammar.from(startEvent)}`],
      end && `${duration && criterion ? ';' : ','} then ${end}`,
      reference && ` (${reference})`,
      '.',
    ],
    cookiesRetention: (h, cookiePolicy) =>
      h.has('cookies')
        ? ['Cookie lifetimes are given in ', h.ref('cookies'), '.']
        : cookiePolicy && ['Cookie lifetimes are given in the ', cookiePolicy, '.'],
    rightsIntro: () => 'You have the following rights over your data:',
    objectionTitle: 'Your right to object',
    objection: (reference) => [
      'You can object at any time to the processing of your data based on a public task or on legitimate interests. ',
      'You then need to give reasons relating to your particular situation. ',
      'You can also object to the use of your data for direct marketing, without giving any reason (', reference, ').',
    ],
    exerciseTitle: 'How to exercise your rights',
    exerciseIntro: () => 'To exercise your rights, send your request:',
    exerciseFallback: (h) => ['To exercise your rights, use the contact details in ', h.ref(h.contactSection()), '.'],
    exerciseThisRight: 'To exercise this right:',
    channel: { email: 'by email: ', postal: 'by post: ', 'web-form': 'using the online form: ', phone: 'by phone: ' },
    responseTime: (h) => [
      h.controller('plain', true), ` ${h.agree('replies', 'reply')} to your request within one month of receiving it. `,
      'This period may be extended by two further months if requests are complex or numerous. ',
      'You are then told of the extension and the reasons for it within the first month (Article 12(3) GDPR).',
    ],
    identityCheck: () =>
      'If there is reasonable doubt about your identity, you may be asked for additional information to confirm it (Article 12(6) GDPR).',
    authorityContact: 'Contact details:',
    cookiesLink: (_h, link) => ['The cookies and other trackers used on the website are described in the ', link, '.'],
    cookiesIntro: () => 'The website uses the following cookies and other trackers:',
    security: (h) => [
      h.controller('plain', true), ` ${h.agree('implements', 'implement')} appropriate technical and organisational measures to keep your data secure `,
      'and to prevent it from being altered, lost or accessed by unauthorised persons (Article 32 GDPR).',
    ],
    changes: (_h, notice) => [
      'Any significant change to this policy, such as a new purpose, recipient or transfer, is announced on this page at least ',
      notice,
      ' before it takes effect.',
    ],
    changesPublished: () => 'Any change to this policy is published on this page with the date it takes effect.',
    appliesFrom: (date) => ['This version applies from ', date, '.'],
  },

  privacySummary: {
    lead: (h, site) => [
      'In short, this is how ', h.controller('plain'), ` ${h.agree('processes', 'process')} your personal data on the `,
      site.name, ' website (', site.link, ').',
    ],
    controllerIs: (name) => ['The controller is ', name, '.'],
    dpoContact: 'Data protection officer: ',
    purposeLine: (basis, retention) => [
      basis && ['legal basis: ', basis],
      basis && retention && '; ',
      retention && ['kept ', /^\d/.test(retention) ? 'for ' : '', retention],
    ],
    rightsIntro: 'You can:',
    objection: [
      'You can object at any time to the processing of your data based on a public task or on legitimate interests. ',
      'You can also refuse direct marketing, without giving any reason.',
    ],
    automatedDecision: (purposes) => [
      'A decision about you may be made without any human involvement (a fully automated decision) ',
      purposes.length > 1 ? 'for the purposes ' : 'for the purpose ',
      en.grammar.list(purposes.map((p) => `“${p}”`)),
      '.',
    ],
    transfers: (countries) => [
      'Some of your data is transferred outside the European Economic Area (EEA). ',
      countries.length > 1 ? 'Countries: ' : 'Country: ',
      en.grammar.list(countries),
      '.',
    ],
    exercise: 'To exercise your rights:',
    complaint: (authority) => [
      'You can also lodge a complaint with a supervisory authority, in particular in the EU country where you live or work.',
      authority && [' Competent authority: ', authority, '.'],
    ],
    fullNotice: (_h, link) =>
      link
        ? ['For full information (recipients, retention periods, transfers, how to exercise your rights), see the ', link, '.']
        : 'For full information (recipients, retention periods, transfers, how to exercise your rights), see the website’s privacy policy.',
  },

  legalNotice: {
    lead: (_h, site, lcen) => [
      'The ', site.name, ' website (', site.link, ') is published under the conditions below',
      lcen ? ', in accordance with Article 1-1 of French Act No. 2004-575 of 21 June 2004 on confidence in the digital economy (LCEN).' : '.',
    ],
    publishedBy: (publisher) => ['The website is published by ', publisher, '.'],
    director: (name, title) => ['The director of publication is ', name, title && `, ${title}`, '.'],
    hostedBy: (host) => ['The website is hosted ', host, '.'],
    dataLicence: (link) => ['Unless stated otherwise, the data published on the website is made available under the following licence: ', link, '.'],
    privacyPolicy: (link) =>
      link
        ? ['The processing of personal data related to the website is described in the ', link, '.']
        : 'The processing of personal data related to the website is described in its privacy policy.',
    dpo: (h, contact) => ['You can contact the data protection officer ', h.controller('de'), ': ', contact, '.'],
  },

  cookiePolicy: {
    lead: (h, site, frenchLaw) => [
      'The ', site.name, ' website (', site.link, ') is operated by ', h.controller('plain'), '. ',
      'This policy describes the cookies and other trackers the website stores on or reads from your device, and how to make your choices.',
      frenchLaw && ' It applies Article 82 of the French Data Protection Act (Act No. 78-17 of 6 January 1978).',
    ],
    whatIsACookie: () =>
      'A cookie is a small file stored on your device (computer, phone, tablet) when you visit a website. Cookies that are strictly necessary for the website to work, or to provide a service you ask for, do not need your consent; the others are only set with your prior agreement.',
    none: () => 'The website does not store any cookie or other tracker on your device.',
    choices: (_h, manager) => [
      'You can accept or refuse the cookies that need your consent, and change your choice at any time as easily as you made it',
      manager && [', in the ', manager],
      '.',
    ],
    exempt: () => 'All the cookies the website sets are exempt from consent.',
    browser: (_h, also) => `You can ${also ? 'also ' : ''}set your browser to block or delete cookies.`,
    privacyPolicy: (link) => ['To find out more about the processing of your personal data and your rights, see the ', link, '.'],
  },

  facts: enFacts,

  accessibility: enAccessibility,
};
