/** Français. Typographie : espaces insécables avant « : ; ? ! » et dans les guillemets, appliquées au gabarit. */
import type { Designation, Duration } from '../input/types';
import type { GrammaticalForm } from '../tree';
import { dateParts, joinList, startsWithVowel } from './grammar';
import { frAccessibility } from './accessibility-fr';
import { frFacts } from './facts-fr';
import { registerFr } from './register-fr';
import type { LocalePack } from './types';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const UNITS: Record<Duration['unit'], [string, string]> = {
  days: ['jour', 'jours'],
  weeks: ['semaine', 'semaines'],
  months: ['mois', 'mois'],
  years: ['an', 'ans'],
};

const COUNTRIES: Record<string, string> = {
  FR: 'France', BE: 'Belgique', CH: 'Suisse', DE: 'Allemagne', ES: 'Espagne', IT: 'Italie', LU: 'Luxembourg',
  NL: 'Pays-Bas', IE: 'Irlande', PT: 'Portugal', AT: 'Autriche', GB: 'Royaume-Uni', US: 'États-Unis', CA: 'Canada',
  JP: 'Japon', IN: 'Inde', AU: 'Australie', KR: 'Corée du Sud', IL: 'Israël', NZ: 'Nouvelle-Zélande',
  AR: 'Argentine', UY: 'Uruguay', BR: 'Brésil', SG: 'Singapour', CN: 'Chine', MA: 'Maroc', TN: 'Tunisie',
};

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** Space before high punctuation, space after «, and "article 6" / "n° 78-17" kept together. */
const TYPOGRAPHY = / ([:»;?!])|\b(articles?|n°) (\d)|« /g;
/** The typographic apostrophe (’) for the straight one after a letter: "l'article" → "l’article". */
const apostrophes = (value: string): string => value.replace(/(?<=\p{L})'/gu, '’');

const article = (noun: Designation): string => {
  if (noun.plural) return 'les ';
  if (noun.elision ?? startsWithVowel(noun.text)) return "l'";
  return noun.gender === 'm' ? 'le ' : 'la ';
};

const nounPhrase = (noun: Designation, form: GrammaticalForm): string => {
  const vowel = noun.elision ?? startsWithVowel(noun.text);
  if (noun.article === 'none') {
    if (form === 'de') return (vowel ? "d'" : 'de ') + noun.text;
    if (form === 'a') return `à ${noun.text}`;
    if (form === 'par') return `par ${noun.text}`;
    return noun.text;
  }
  const art = article(noun);
  const contracted: Record<GrammaticalForm, Record<string, string>> = {
    plain: {},
    de: { 'le ': 'du ', 'les ': 'des ' },
    a: { 'le ': 'au ', 'les ': 'aux ' },
    par: {},
  };
  const preposition = { plain: '', de: 'de ', a: 'à ', par: 'par ' }[form];
  return (contracted[form][art] ?? preposition + art) + noun.text;
};

/** "de" + the editor's noun phrase: "la dernière connexion" → "de la dernière connexion", "le dépôt" → "du dépôt". */
const withDe = (phrase: string): string => {
  const p = phrase.trim();
  const m = /^(le|les)\s+/i.exec(p);
  if (m) return (m[1].toLowerCase() === 'le' ? 'du ' : 'des ') + p.slice(m[0].length);
  return (startsWithVowel(p) ? "d'" : 'de ') + p;
};

export const fr: LocalePack = {
  code: 'fr',
  name: 'Français',

  grammar: {
    nounPhrase,
    definition: (shortName) => ({ before: ' (ci-après « ', term: nounPhrase(shortName, 'plain'), after: ' »)' }),
    from: (phrase) => `à compter ${withDe(phrase)}`,
    list: (items) => joinList(items, 'et'),
    label: (label) => `${label}${NBSP}: `,
    capitalize: (value) => value.charAt(0).toLocaleUpperCase('fr') + value.slice(1),
    typography: (value) =>
      apostrophes(value).replace(TYPOGRAPHY, (match, high: string | undefined, word: string | undefined, digit: string | undefined) => {
        if (high === ':' || high === '»') return NBSP + high;
        if (high) return NNBSP + high;
        if (word) return word + NBSP + digit;
        return `«${NBSP}`;
      }),
    finish: apostrophes,
    indefinite: (phrase) => phrase,
  },

  format: {
    date: (iso) => {
      const { year, month, day } = dateParts(iso);
      return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
    },
    duration: ({ value, unit }) => `${value}${NBSP}${UNITS[unit][value > 1 ? 1 : 0]}`,
    money: ({ amount, currency }) =>
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount),
    address: (a) =>
      [a.street, a.complement, `${a.postalCode} ${a.city}`, a.country && a.country !== 'FR' ? COUNTRIES[a.country] ?? a.country : null]
        .filter(Boolean)
        .join(', '),
    country: (code) => COUNTRIES[code] ?? code,
  },

  heading: (number, title) => (number === null ? title : `Article${NBSP}${number} – ${title}`),
  refLabel: (number, title) => (number === null ? `la section «${NBSP}${title}${NBSP}»` : `l'article${NBSP}${number}`),

  pageTitles: {
    'privacy-policy': 'Politique de confidentialité',
    'privacy-summary': "L'essentiel sur vos données personnelles",
    'legal-notice': 'Mentions légales',
    'cookie-policy': 'Politique relative aux cookies',
    'accessibility-statement': "Déclaration d'accessibilité",
  },
  sectionTitles: {
    controller: 'Responsable du traitement',
    dpo: 'Délégué à la protection des données',
    purposes: 'Finalités et bases légales',
    'data-categories': 'Données traitées',
    recipients: 'Destinataires des données',
    transfers: "Transferts hors de l'Espace économique européen",
    retention: 'Durées de conservation',
    rights: 'Vos droits',
    cookies: 'Cookies et autres traceurs',
    security: 'Sécurité des données',
    changes: 'Modification de la présente politique',
    identity: 'Qui traite vos données ?',
    'full-notice': 'En savoir plus',
    publisher: 'Éditeur',
    director: 'Directeur de la publication',
    host: 'Hébergement',
    editorial: 'Suivi éditorial',
    'intellectual-property': 'Propriété intellectuelle',
    'data-licence': 'Licence de réutilisation des données',
    'personal-data': 'Données personnelles',
    'what-is-a-cookie': "Qu'est-ce qu'un cookie ?",
    'cookie-list': 'Cookies utilisés',
    'cookie-choices': 'Gérer vos choix',
    'summary-purposes': 'Pourquoi vos données sont-elles traitées ?',
    'summary-rights': 'Quels sont vos droits ?',
    ...frFacts.sectionTitles,
    ...frAccessibility.sectionTitles,
  },
  tocLabel: 'Sommaire',

  labels: {
    address: 'Adresse',
    seat: 'Siège',
    phone: 'Téléphone',
    email: 'Courriel',
    website: 'Site web',
    webForm: 'Formulaire en ligne',
    legalForm: 'Forme juridique',
    siret: 'SIRET',
    siren: 'SIREN',
    rcs: 'Immatriculation',
    rm: 'Répertoire des métiers',
    vat: 'Numéro de TVA intracommunautaire',
    rna: 'Numéro RNA',
    shareCapital: 'Capital social',
    representative: 'Représentant légal',
    dpoName: 'Nom',
    role: 'Fonction',
    publicBodyAddress: 'Siège',
    authority: 'Autorité compétente',
    legalBasis: 'Base légale',
    legitimateInterest: 'Intérêt légitime poursuivi',
    dataSubjects: 'Personnes concernées',
    dataCategories: 'Données traitées',
    dataSources: 'Origine des données',
    providing: 'Fourniture des données',
    automatedDecision: 'Décision automatisée',
    purposesOfRecipient: 'Finalités',
    purposeOfRecipient: 'Finalité',
    notSpecified: 'non précisée',
    cookieTable: {
      caption: 'Cookies déposés sur le site',
      name: 'Nom',
      provider: 'Émetteur',
      purpose: 'Finalité',
      lifetime: 'Durée de vie',
      consent: 'Consentement',
    },
    session: 'durée de la session',
    consentRequired: 'requis',
    consentNotRequired: 'non requis (cookie exempté)',
    privacyPolicy: 'politique de confidentialité',
    cookiePolicy: 'politique relative aux cookies',
    consentManager: 'gestionnaire de cookies',
  },

  legalBases: {
    consent: { label: 'votre consentement', short: 'consentement', article: 'article 6.1.a du RGPD' },
    contract: {
      label: "l'exécution d'un contrat auquel vous êtes partie ou de mesures précontractuelles prises à votre demande",
      short: 'contrat',
      article: 'article 6.1.b du RGPD',
    },
    'legal-obligation': { label: "le respect d'une obligation légale", short: 'obligation légale', article: 'article 6.1.c du RGPD' },
    'vital-interests': {
      label: "la sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne physique",
      short: 'intérêts vitaux',
      article: 'article 6.1.d du RGPD',
    },
    'public-task': {
      label: "l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique",
      short: "mission d'intérêt public",
      article: 'article 6.1.e du RGPD',
    },
    'legitimate-interests': {
      label: "l'intérêt légitime du responsable du traitement",
      short: 'intérêt légitime',
      article: 'article 6.1.f du RGPD',
    },
  },

  rights: {
    access: {
      label: "Droit d'accès",
      reference: 'article 15 du RGPD',
      description: () => 'obtenir la confirmation que des données vous concernant sont traitées, leur communication et les informations sur leur traitement',
      short: 'accéder à vos données',
    },
    rectification: {
      label: 'Droit de rectification',
      reference: 'article 16 du RGPD',
      description: () => 'faire corriger des données inexactes et compléter des données incomplètes',
      short: 'faire corriger vos données',
    },
    erasure: {
      label: "Droit à l'effacement",
      reference: 'article 17 du RGPD',
      description: () => "obtenir l'effacement de vos données, notamment lorsqu'elles ne sont plus nécessaires ou que vous avez retiré votre consentement",
      short: 'faire effacer vos données',
    },
    restriction: {
      label: 'Droit à la limitation du traitement',
      reference: 'article 18 du RGPD',
      description: () => "obtenir la limitation du traitement, notamment le temps de vérifier l'exactitude de vos données ou le bien-fondé de votre opposition",
      short: 'faire limiter le traitement de vos données',
    },
    portability: {
      label: 'Droit à la portabilité',
      reference: 'article 20 du RGPD',
      description: () =>
        'recevoir les données que vous avez fournies, dans un format structuré, couramment utilisé et lisible par machine, et les faire transmettre à un autre responsable du traitement, lorsque le traitement est fondé sur votre consentement ou sur un contrat',
      short: 'récupérer les données que vous avez fournies',
    },
    objection: {
      label: "Droit d'opposition",
      reference: 'article 21 du RGPD',
      description: () =>
        "vous opposer à tout moment au traitement de vos données fondé sur une mission d'intérêt public ou sur un intérêt légitime, et à leur utilisation à des fins de prospection",
      short: 'vous opposer au traitement de vos données',
    },
    'withdraw-consent': {
      label: 'Droit de retirer votre consentement',
      reference: 'article 7.3 du RGPD',
      description: () =>
        "à tout moment, aussi simplement que vous l'avez donné. Le traitement effectué avant le retrait reste licite",
      short: 'retirer votre consentement à tout moment',
    },
    complaint: {
      label: "Droit d'introduire une réclamation",
      reference: 'article 77 du RGPD',
      // Any authority (Art. 77); the controller's own, when known, is named below the sentence.
      description: () =>
        "auprès d'une autorité de contrôle, notamment dans l'État membre où vous vivez, où vous travaillez ou où la violation aurait été commise",
      short: "introduire une réclamation auprès d'une autorité de contrôle",
    },
    'post-mortem': {
      label: 'Directives post mortem',
      reference: 'article 85 de la loi Informatique et Libertés',
      description: () => "définir des directives relatives à la conservation, à l'effacement et à la communication de vos données après votre décès",
      short: 'définir des directives sur le sort de vos données après votre décès',
    },
    'no-automated-decision': {
      label: "Droit de ne pas faire l'objet d'une décision automatisée",
      reference: 'article 22 du RGPD',
      description: () =>
        "une décision prise sans intervention humaine, y compris par profilage, qui produit des effets juridiques à votre égard ou vous affecte de manière significative de façon similaire",
      short: "demander à ne pas faire l'objet d'une décision entièrement automatisée",
    },
  },

  requirement: {
    statutory: "obligatoire en vertu d'un texte légal ou réglementaire",
    contractual: "obligatoire en vertu d'un contrat",
    'necessary-for-contract': "nécessaire à la conclusion d'un contrat",
    optional: 'facultative',
    automatic: 'sans objet ; ces données ne vous sont pas demandées mais collectées automatiquement lors de votre navigation sur le site',
  },
  consequence: (text) => [' À défaut, ', text],
  recipientKinds: {
    internal: 'service interne',
    processor: 'sous-traitant',
    'joint-controller': 'responsable conjoint du traitement',
    'third-party': 'tiers destinataire',
    'public-authority': 'autorité publique',
  },
  safeguards: {
    adequacy:
      "pays reconnu par une décision d'adéquation de la Commission européenne comme assurant un niveau de protection adéquat (article 45 du RGPD)",
    scc: 'transfert encadré par les clauses contractuelles types adoptées par la Commission européenne (article 46.2.c du RGPD)',
    bcr: "transfert encadré par des règles d'entreprise contraignantes (article 47 du RGPD)",
    derogation: 'transfert fondé sur une dérogation prévue pour des situations particulières (article 49 du RGPD)',
  },
  endActions: { deletion: 'suppression', anonymisation: 'anonymisation', archiving: 'archivage', 'deletion-or-anonymisation': 'suppression ou anonymisation' },
  cookieCategories: {
    'strictly-necessary': 'strictement nécessaire',
    functional: 'fonctionnel',
    audience: "mesure d'audience",
    advertising: 'publicité',
    social: 'réseaux sociaux',
  },
  automatedDecision: {
    none: "aucune décision fondée exclusivement sur un traitement automatisé n'est prise",
    exists: 'une décision fondée exclusivement sur un traitement automatisé peut être prise',
    logic: 'logique sous-jacente',
    consequences: 'conséquences pour vous',
    grounds: {
      contract: "elle est nécessaire à la conclusion ou à l'exécution d'un contrat avec vous (article 22.2.a du RGPD)",
      law: 'elle est autorisée par la loi, qui prévoit des garanties pour vos droits (article 22.2.b du RGPD)',
      consent: 'elle repose sur votre consentement explicite (article 22.2.c du RGPD)',
    },
    safeguards: "vous pouvez demander qu'une personne réexamine la décision, donner votre point de vue et la contester (article 22.3 du RGPD)",
  },
  defaultAuthority: {
    name: "Commission nationale de l'informatique et des libertés (CNIL)",
    address: { street: '3 place de Fontenoy', complement: 'TSA 80715', postalCode: '75334', city: 'Paris Cedex 07', country: 'FR' },
    website: 'https://www.cnil.fr',
    complaintUrl: 'https://www.cnil.fr/fr/adresser-une-plainte',
  },
  defaultDesignations: {
    'public-body': { text: 'Commune', gender: 'f' },
    company: { text: 'Société', gender: 'f' },
    association: { text: 'Association', gender: 'f' },
    person: null,
  },

  register: registerFr,

  common: {
    dates: (effective, updated) => [
      effective && ['En vigueur à compter du ', effective, '.'],
      effective && updated && ' ',
      updated && ['Dernière mise à jour : ', updated, '.'],
    ],
  },

  privacyPolicy: {
    lead: (h, site, frenchLaw) => [
      'La présente politique explique comment ', h.controller('plain'),
      ` ${h.agree('traite', 'traitent')} vos données personnelles sur le site `, site.name, ' (', site.link, '). ',
      'Elle donne les informations prévues aux articles 13 et 14 du règlement général sur la protection des données (« RGPD »).',
      frenchLaw && ' Elle applique aussi la loi Informatique et Libertés (loi n° 78-17 du 6 janvier 1978).',
    ],
    controllerIs: (name, legalForm) => ['Le responsable du traitement de vos données est ', name, legalForm && `, ${legalForm}`, '.'],
    dpoAppointed: (h) => [
      h.controller('plain', true),
      ` ${h.agree('a', 'ont')} désigné un délégué à la protection des données. Vous pouvez le contacter pour toute question sur vos données personnelles :`,
    ],
    legalBasis: (label, article, law) => [label, ' (', article, law && [' ; ', law], ')'],
    dpoExternal: (organisation) => ['Ce délégué est mis à disposition par ', organisation, '.'],
    dpoNotAppointed: (h) => [
      h.controller('plain', true), ` n'${h.agree('a', 'ont')} pas désigné de délégué à la protection des données. `,
      'Pour toute question relative à vos données personnelles, utilisez les coordonnées indiquées à ', h.ref('controller'), '.',
    ],
    purposesIntro: (h) => [
      h.controller('plain', true), ` ${h.agree('traite', 'traitent')} vos données personnelles pour les finalités suivantes. `,
      "Chacune repose sur l'une des bases légales prévues à l'article 6 du RGPD.",
    ],
    dataIntro: (h) => [
      'Pour les finalités décrites à ', h.ref('purposes'), ', ', h.controller('plain'),
      ` ${h.agree('traite', 'traitent')} les catégories de données suivantes :`,
    ],
    dataDirect: () => 'Ces données sont collectées directement auprès de vous.',
    dataIndirect: () => 'Certaines données ne sont pas collectées auprès de vous ; elles proviennent des sources suivantes :',
    recipientsIntro: (h) => [
      'Vos données sont communiquées aux destinataires suivants, dans la seule mesure où chaque finalité décrite à ', h.ref('purposes'),
      ' le requiert :',
    ],
    recipientsNone: (h) => ['Vos données ne sont communiquées à aucun destinataire extérieur ', h.controller('a'), '.'],
    processorsNote: (h) => [
      'Les sous-traitants agissent pour le compte ', h.controller('de'),
      " et sur ses instructions, dans le cadre d'un contrat conforme à l'article 28 du RGPD.",
    ],
    transfersNone: () => "Vos données ne sont pas transférées en dehors de l'Espace économique européen (EEE).",
    transfersIntro: () => "Certaines données sont transférées en dehors de l'Espace économique européen (EEE) :",
    transferCopy: (h, url) =>
      url
        ? [" Une copie de ces garanties est disponible à l'adresse ", h.link(url), '.']
        : [' Une copie de ces garanties peut être obtenue sur demande, aux coordonnées indiquées à ', h.ref(h.contactSection()), '.'],
    retentionIntro: (h) => [
      'Vos données ne sont conservées que le temps nécessaire aux finalités décrites à ', h.ref('purposes'), ', selon les durées suivantes :',
    ],
    // "tant que le compte est actif et pendant 3 ans à compter de la dernière connexion": the criterion first, then the
    // period that follows it, so that the two never contradict each other.
    retention: (duration, criterion, startEvent, end, reference) => [
      duration && criterion ? `${criterion} et pendant ${duration}` : duration ?? criterion,
      startEvent ? ` ${fr.grammar.from(startEvent)}` : duration && criterion && ' au-delà',
      end && `, puis ${end}`,
      reference && ` (${reference})`,
      '.',
    ],
    cookiesRetention: (h, cookiePolicy) =>
      h.has('cookies')
        ? ['Les durées de vie des cookies sont indiquées à ', h.ref('cookies'), '.']
        : cookiePolicy && ['Les durées de vie des cookies sont indiquées dans la ', cookiePolicy, '.'],
    rightsIntro: () => 'Vous disposez des droits suivants sur vos données :',
    objectionTitle: "Votre droit d'opposition",
    objection: (reference) => [
      "Vous pouvez vous opposer à tout moment au traitement de vos données fondé sur une mission d'intérêt public ou sur un intérêt légitime. ",
      'Indiquez alors les raisons tenant à votre situation particulière. ',
      "Vous pouvez aussi vous opposer à l'utilisation de vos données à des fins de prospection, sans avoir à vous justifier (", reference, ').',
    ],
    exerciseTitle: 'Exercer vos droits',
    exerciseIntro: () => 'Pour exercer vos droits, adressez votre demande :',
    exerciseFallback: (h) => ['Pour exercer vos droits, utilisez les coordonnées indiquées à ', h.ref(h.contactSection()), '.'],
    exerciseThisRight: 'Pour exercer ce droit :',
    channel: { email: 'par courriel : ', postal: 'par courrier : ', 'web-form': 'au moyen du formulaire en ligne : ', phone: 'par téléphone : ' },
    responseTime: (h) => [
      h.controller('plain', true), ` ${h.agree('répond', 'répondent')} à votre demande dans un délai d'un mois à compter de sa réception. `,
      'Ce délai peut être prolongé de deux mois si les demandes sont complexes ou nombreuses. ',
      'La prolongation et ses motifs vous sont alors indiqués dans le premier mois (article 12.3 du RGPD).',
    ],
    identityCheck: () =>
      'En cas de doute raisonnable sur votre identité, des informations complémentaires peuvent vous être demandées pour la confirmer (article 12.6 du RGPD).',
    authorityContact: 'Coordonnées :',
    cookiesLink: (_h, link) => ['Les cookies et autres traceurs utilisés sur le site sont décrits dans la ', link, '.'],
    cookiesIntro: () => 'Le site utilise les cookies et autres traceurs suivants :',
    security: (h) => [
      h.controller('plain', true), ` ${h.agree('met', 'mettent')} en œuvre les mesures techniques et organisationnelles appropriées pour garantir la sécurité de vos données `,
      "et empêcher qu'elles soient altérées, perdues ou consultées par des personnes non autorisées (article 32 du RGPD).",
    ],
    changes: (_h, notice) => [
      "Toute modification importante de la présente politique, notamment l'ajout d'une finalité, d'un destinataire ou d'un transfert, est annoncée sur cette page au moins ",
      notice,
      ' avant son entrée en vigueur.',
    ],
    changesPublished: () => "Toute modification de la présente politique est publiée sur cette page avec sa date d'entrée en vigueur.",
    appliesFrom: (date) => ["La présente version s'applique à compter du ", date, '.'],
  },

  privacySummary: {
    lead: (h, site) => [
      "Voici l'essentiel de la manière dont ", h.controller('plain'),
      ` ${h.agree('traite', 'traitent')} vos données personnelles sur le site `, site.name, ' (', site.link, ').',
    ],
    controllerIs: (name) => ['Le responsable du traitement est ', name, '.'],
    dpoContact: 'Délégué à la protection des données : ',
    purposeLine: (basis, retention) => [
      basis && ['base légale : ', basis],
      basis && retention && ' ; ',
      retention && ['conservation : ', retention],
    ],
    rightsIntro: 'Vous pouvez :',
    objection: [
      "Vous pouvez vous opposer à tout moment au traitement de vos données fondé sur une mission d'intérêt public ou sur un intérêt légitime. ",
      'Vous pouvez aussi refuser la prospection, sans avoir à vous justifier.',
    ],
    automatedDecision: (purposes) => [
      'Une décision vous concernant peut être prise sans intervention humaine (décision entièrement automatisée) ',
      purposes.length > 1 ? 'pour les finalités ' : 'pour la finalité ',
      fr.grammar.list(purposes.map((p) => `« ${p} »`)),
      '.',
    ],
    transfers: (countries) => [
      "Certaines de vos données sont transférées hors de l'Espace économique européen (EEE). ",
      countries.length > 1 ? 'Pays concernés : ' : 'Pays concerné : ',
      fr.grammar.list(countries),
      '.',
    ],
    exercise: 'Pour exercer vos droits :',
    complaint: (authority) => [
      "Vous pouvez aussi introduire une réclamation auprès d'une autorité de contrôle, notamment dans l'État membre où vous vivez ou travaillez.",
      authority && [' Autorité compétente : ', authority, '.'],
    ],
    fullNotice: (_h, link) =>
      link
        ? ['Pour une information complète (destinataires, durées de conservation, transferts, exercice de vos droits), consultez la ', link, '.']
        : 'Pour une information complète (destinataires, durées de conservation, transferts, exercice de vos droits), consultez la politique de confidentialité du site.',
  },

  legalNotice: {
    lead: (_h, site, lcen) => [
      'Le site ', site.name, ' (', site.link, ') est édité dans les conditions suivantes',
      lcen ? ", conformément à l'article 1-1 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique (LCEN)." : '.',
    ],
    publishedBy: (publisher) => ['Le site est édité par ', publisher, '.'],
    director: (name, title) => ['La direction de la publication est assurée par ', name, title && `, ${title}`, '.'],
    hostedBy: (host) => ['Le site est hébergé ', host, '.'],
    dataLicence: (link) => ['Sauf mention contraire, les données publiées sur le site sont mises à disposition sous la licence suivante : ', link, '.'],
    privacyPolicy: (link) =>
      link
        ? ['Les traitements de données personnelles liés au site sont décrits dans la ', link, '.']
        : 'Les traitements de données personnelles liés au site sont décrits dans sa politique de confidentialité.',
    dpo: (h, contact) => ['Vous pouvez contacter le délégué à la protection des données ', h.controller('de'), ' : ', contact, '.'],
  },

  cookiePolicy: {
    lead: (h, site, frenchLaw) => [
      'Le site ', site.name, ' (', site.link, ') est exploité par ', h.controller('plain'), '. ',
      'La présente politique décrit les cookies et autres traceurs que le site dépose ou lit sur votre terminal, et la manière de faire vos choix.',
      frenchLaw && " Elle applique l'article 82 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.",
    ],
    whatIsACookie: () =>
      "Un cookie est un petit fichier déposé sur votre terminal (ordinateur, téléphone, tablette) lors de la consultation d'un site. Les cookies strictement nécessaires au fonctionnement du site ou à la fourniture d'un service que vous demandez sont exemptés de consentement ; les autres ne sont déposés qu'avec votre accord préalable.",
    none: () => "Le site ne dépose aucun cookie ni autre traceur sur votre terminal.",
    choices: (_h, manager) => [
      "Vous pouvez accepter ou refuser les cookies soumis à consentement, et modifier votre choix à tout moment aussi simplement que vous l'avez exprimé",
      manager && [', depuis le ', manager],
      '.',
    ],
    exempt: () => 'Les cookies déposés par le site sont tous exemptés de consentement.',
    browser: (_h, also) => `Vous pouvez ${also ? 'aussi ' : ''}paramétrer votre navigateur pour bloquer ou supprimer les cookies.`,
    privacyPolicy: (link) => ['Pour en savoir plus sur le traitement de vos données personnelles et sur vos droits, consultez la ', link, '.'],
  },

  facts: frFacts,

  accessibility: frAccessibility,
};
