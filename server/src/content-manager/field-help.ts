/** Labels and help shown by the Content Manager for the plugin's content types. */

type Help = Record<string, [label: string, description: string]>;

export interface TypeHelp {
  mainField: string;
  fields: Help;
}

const address: Help = {
  street: ['Street', 'Number, street and any building or mailbox (CS, BP) line.'],
  postalCode: ['Postal code', ''],
  city: ['City', 'As in the postal address, Cedex included.'],
  country: ['Country', 'ISO 3166 code, e.g. FR.'],
};

export const FIELD_HELP: Record<string, TypeHelp> = {
  organisation: {
    mainField: 'name',
    fields: {
      name: ['Legal name', 'Exactly as registered: "Clermont Auvergne Métropole", "OpenDataSoft".'],
      nameInText: ['Name in a sentence', 'Proper name without article ("Nîmes Métropole"), or a noun that takes one: feminine "la Région Bretagne", masculine "le Département du Gard".'],
      kind: ['Kind', 'Public body, company, association or person: decides which identifiers the legal notice must show.'],
      legalForm: ['Legal form', 'For example Métropole, Commune, SAS, SARL, association loi 1901.'],
      ...address,
      phone: ['Phone', 'Required for a publisher and a host by the LCEN (art. 6).'],
      email: ['Email', ''],
      website: ['Website', 'Absolute URL, https://...'],
      siret: ['SIRET', '14 digits; checked with its Luhn key.'],
      siren: ['SIREN', '9 digits; checked with its Luhn key. The SIRET must start with it.'],
      rcs: ['RCS or RM registration', 'For companies: city of the registry and number.'],
      vatNumber: ['VAT number', 'Intra-EU VAT number; a French one is checked against the SIREN.'],
      shareCapital: ['Share capital', 'For companies, in the currency below.'],
      representativeName: ['Representative', 'Legal representative (mayor, president, manager).'],
      representativeTitle: ['Representative title', ''],
      outsideEu: ['Established outside the EU', 'Then an EU representative must be named (GDPR Art. 27).'],
    },
  },
  'dpo-contact': {
    mainField: 'label',
    fields: {
      label: ['Label', 'How editors recognise this contact in lists.'],
      appointed: ['DPO appointed', 'Untick when no DPO is appointed: the notice then names the controller contact only.'],
      name: ['Name or function', 'A function ("Délégué à la protection des données") ages better than a name.'],
      organisation: ['Organisation', 'When the DPO is external or shared between organisations.'],
      email: ['Email', 'Must belong to the controller or to the DPO organisation.'],
      phone: ['Phone', ''],
      webFormUrl: ['Web form', 'URL of a form for data-protection requests.'],
      ...address,
    },
  },
  site: {
    mainField: 'name',
    fields: {
      name: ['Site name', 'The slug is made from it unless you set one.'],
      slug: ['Slug', 'Identifies the site in the public URLs: lower case, digits and dashes.'],
      baseUrl: ['Base URL', 'Home page of the site, https://...'],
      publishedLocales: ['Published locales', 'Locales the site publishes its pages in, e.g. ["fr", "en"].'],
      designation: ['Designation in the text', 'Noun the pages use for the controller: Région, Département, Agglomération.'],
      designationGender: ['Grammatical gender', 'So French reads "la Région", "du Département".'],
      controller: ['Controller', 'Organisation responsible for the processing.'],
      dpo: ['DPO contact', ''],
      publisher: ['Publisher', 'Éditeur of the site for the legal notice.'],
      directorOfPublicationName: ['Director of publication', 'A commune\u2019s mayor, an EPCI\u2019s president, a company\u2019s legal representative.'],
      directorOfPublicationTitle: ['Title of the director of publication', ''],
      host: ['Host', 'Hébergeur: its name, address and phone appear in the legal notice.'],
      processors: ['Processors', 'Sous-traitants that process data for the controller.'],
      editorialManagement: ['Editorial management', 'Who runs the content of the site.'],
      dataLicence: ['Data licence', 'Licence of the data reused from the site.'],
      dataLicenceUrl: ['Data licence URL', ''],
      privacyPolicyUrl: ['Privacy policy URL', 'Where the site shows its privacy policy: https://... or a path such as /confidentialite.'],
      cookiePolicyUrl: ['Cookie policy URL', ''],
      legalNoticeUrl: ['Legal notice URL', ''],
      consentManagerUrl: ['Consent manager URL', 'Where visitors reopen their cookie choices.'],
      purposes: ['Purposes', ''],
      recipients: ['Recipients', ''],
      cookies: ['Cookies', ''],
      transfers: ['Transfers outside the EU', ''],
      rights: ['Rights', ''],
    },
  },
  purpose: {
    mainField: 'title',
    fields: {
      title: ['Purpose', 'Short and concrete: "Gestion des comptes des utilisateurs".'],
      description: ['Description', ''],
      legalBasis: ['Legal basis', 'GDPR Art. 6(1): consent (a), contract (b), legal obligation (c), vital interests (d), public task (e), legitimate interests (f).'],
      legitimateInterest: ['Legitimate interest', 'Required with basis (f) (GDPR Art. 13(1)(d)).'],
      dataCategories: ['Data categories', ''],
      collectedFromDataSubject: ['Collected from the person', 'Untick when the data comes from elsewhere; then give its source (GDPR Art. 14).'],
      dataSources: ['Sources of the data', ''],
      recipients: ['Recipients', ''],
      retention: ['Retention period', ''],
      transfers: ['Transfers outside the EU', ''],
      requirement: ['Providing the data is', 'Statutory, contractual, needed to enter a contract, or optional (GDPR Art. 13(2)(e)).'],
      requirementConsequence: ['Consequence of not providing it', 'Required unless providing the data is optional.'],
      automatedDecision: ['Automated decision-making', 'Including profiling (GDPR Art. 22).'],
      automatedDecisionLogic: ['Logic and consequences', 'Required with automated decision-making.'],
    },
  },
  'data-category': {
    mainField: 'name',
    fields: {
      name: ['Category', ''],
      description: ['Examples', 'What the category holds: "Nom, prénom, adresse électronique".'],
      special: ['Special category', 'Health, opinions, origin... (GDPR Art. 9) or offences (Art. 10).'],
    },
  },
  'retention-period': {
    mainField: 'label',
    fields: {
      label: ['Label', ''],
      durationValue: ['Duration', 'A positive number with its unit, or leave empty and give a criterion.'],
      durationUnit: ['Unit', ''],
      criterion: ['Criterion', 'When no fixed duration applies: what sets it.'],
      startEvent: ['Counted from', 'The event the duration starts at: "la dernière connexion".'],
      endAction: ['At the end', 'Deletion, anonymisation or archiving.'],
      legalReference: ['Legal reference', 'Text that sets the duration, e.g. "Code de procédure pénale, art. 9".'],
    },
  },
  recipient: {
    mainField: 'name',
    fields: {
      name: ['Recipient', ''],
      kind: ['Kind', ''],
      organisation: ['Organisation', 'For a processor or a third party.'],
      description: ['Description', ''],
    },
  },
  transfer: {
    mainField: 'country',
    fields: {
      country: ['Country', 'ISO 3166 code of the country outside the EU/EEA the data goes to, e.g. US.'],
      recipientName: ['Recipient', ''],
      safeguard: ['Safeguard', 'Adequacy decision, standard contractual clauses, binding corporate rules, or a derogation (Art. 49).'],
      safeguardDetail: ['Details', ''],
      copyUrl: ['Where to get a copy', 'URL of the safeguard or of the way to obtain it (GDPR Art. 13(1)(f)).'],
    },
  },
  right: {
    mainField: 'kind',
    fields: {
      kind: ['Right', ''],
      reference: ['Reference', 'Article that grants it, e.g. "RGPD, art. 15".'],
      howToExercise: ['How to exercise it', ''],
      conditions: ['Conditions', ''],
      email: ['Email channel', 'Only when it differs from the DPO contact.'],
      webFormUrl: ['Web form channel', ''],
      postalStreet: ['Postal channel: street', 'Only when it differs from the DPO contact.'],
      postalPostalCode: ['Postal channel: postal code', ''],
      postalCity: ['Postal channel: city', ''],
      postalCountry: ['Postal channel: country', 'ISO 3166 code, e.g. FR.'],
      identityProofRequired: ['Proof of identity may be asked', ''],
    },
  },
  cookie: {
    mainField: 'name',
    fields: {
      name: ['Cookie name', ''],
      provider: ['Provider', ''],
      category: ['Category', ''],
      purpose: ['Purpose', ''],
      durationValue: ['Lifetime', 'Empty for a session cookie. Audience cookies: 13 months at most.'],
      durationUnit: ['Unit', ''],
      consentRequired: ['Consent required', 'Untick only for trackers exempt from consent.'],
    },
  },
};
