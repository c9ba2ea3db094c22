/**
 * Issue 18, section 3: the Content Manager and the new-site wizard accept and return each new field, refuse a bad
 * value with a 400 naming the field (and write nothing), and the preview composes what was entered.
 */
import { randomBytes } from 'node:crypto';
import { asAdmin, superAdminJwt } from './harness';
import { connectIn, contentManager, validationErrors } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';

const admin = async () => asAdmin(await superAdminJwt());
const suffix = () => randomBytes(3).toString('hex');

const siteFacts = {
  contactRole: 'Questions sur le site et signalement d’une erreur',
  contactEmail: 'support@region-exemple.fr',
  contactPhone: '02 99 00 00 02',
  contactUrl: 'https://www.region-exemple.fr/contact',
  directorOfPublicationGender: 'feminine',
  intellectualProperty: 'Les contenus sont protégés par le droit d’auteur.',
  dataLicenceText: 'Chaque jeu de données précise sa licence.',
  personalDataNote: 'Les jeux de données publiés sont anonymisés.',
  documentsOfficerName: 'Luc Bernard',
  documentsOfficerTitle: 'directeur des affaires juridiques',
  documentsOfficerGender: 'masculine',
  documentsOfficerEmail: 'crpa@region-exemple.fr',
  applicableLaw: 'droit français',
  competentCourts: 'tribunal administratif de Rennes',
  security: 'Les accès sont journalisés.',
  identityProof: 'Une pièce d’identité peut être demandée en cas de doute.',
  cookieManagement: 'Votre choix est conservé six mois.',
  digitalConsentAge: 15,
  parentalConsent: 'Un parent confirme l’inscription par un lien envoyé à son adresse électronique.',
};

describe('the section 3 fields through the Content Manager', () => {
  it('a site accepts and returns each new field', async () => {
    const { site } = await createCompleteSite();
    const cm = await contentManager();
    await cm.update('site', site.documentId, siteFacts, 'fr').expect(200);
    const read = (await cm.get('site', site.documentId, 'fr').expect(200)).body.data;
    expect(read).toMatchObject(siteFacts);
  });

  it('an organisation accepts the representative’s gender and the RM and RNA numbers', async () => {
    const cm = await contentManager();
    const data = { name: `Association ${suffix()}`, kind: 'association', representativeName: 'Jeanne Martin', representativeGender: 'feminine', rm: 'RM 35 123', rna: 'W751234567' };
    const created = await cm.make('organisation', data);
    expect((await cm.get('organisation', created.documentId).expect(200)).body.data).toMatchObject(data);
  });

  it('a purpose accepts several retention rules, "automatic", children and the consequences of an automated decision', async () => {
    const cm = await contentManager();
    const main = await cm.make('retention-period', { label: `Compte ${suffix()}`, durationValue: 3, durationUnit: 'years', endAction: 'deletion-or-anonymisation', appliesTo: 'données du compte' }, 'fr');
    const rule = await cm.make('retention-period', { label: `Justificatifs ${suffix()}`, durationValue: 1, durationUnit: 'years', appliesTo: 'justificatifs d’identité', startEvent: 'la demande d’accès' }, 'fr');
    const purpose = await cm.make(
      'purpose',
      {
        title: `Club des jeunes ${suffix()}`,
        legalBasis: 'consent',
        requirement: 'automatic',
        offeredToChildren: true,
        automatedDecision: true,
        automatedDecisionLogic: 'Score',
        automatedDecisionConsequences: 'Refus de l’inscription',
        retention: connectIn('fr', main.documentId),
        retentionRules: connectIn('fr', rule.documentId),
      },
      'fr',
    );
    expect((await cm.get('purpose', purpose.documentId, 'fr').expect(200)).body.data).toMatchObject({
      requirement: 'automatic',
      offeredToChildren: true,
      automatedDecisionConsequences: 'Refus de l’inscription',
    });
    expect((await cm.related('purpose', purpose.documentId, 'retentionRules', 'fr')).map((r) => r.documentId)).toEqual([rule.documentId]);
    expect((await cm.get('retention-period', main.documentId, 'fr').expect(200)).body.data).toMatchObject({ endAction: 'deletion-or-anonymisation', appliesTo: 'données du compte' });
  });

  it('a recipient accepts the country where it processes the data', async () => {
    const cm = await contentManager();
    const recipient = await cm.make('recipient', { name: `Mailer ${suffix()}`, kind: 'processor', country: 'US' }, 'fr');
    expect((await cm.get('recipient', recipient.documentId, 'fr').expect(200)).body.data).toMatchObject({ country: 'US' });
  });

  type Case = [string, Record<string, unknown>, RegExp];
  const rejected: Case[] = [
    ['site', { contactEmail: 'support@region-exemple.fr' }, /^contactRole: contactRole is required with a contact point/],
    ['site', { contactRole: 'Support' }, /^contactEmail: contactEmail is required with contactRole/],
    ['site', { contactRole: 'Support', contactUrl: 'javascript:alert(1)' }, /^contactUrl: contactUrl must start with https:\/\//],
    ['site', { contactRole: 'Support', contactEmail: 'support@' }, /^contactEmail: /],
    ['site', { contactRole: 'Support', contactPhone: 'call us' }, /^contactPhone: contactPhone may contain only digits/],
    ['site', { documentsOfficerEmail: 'crpa@region-exemple.fr' }, /^documentsOfficerName: documentsOfficerName is required/],
    ['site', { directorOfPublicationGender: 'neutral' }, /^directorOfPublicationGender: /],
    ['site', { digitalConsentAge: 18 }, /^digitalConsentAge: /],
    ['site', { contactCountry: 'France', contactRole: 'Support', contactEmail: 'support@region-exemple.fr' }, /^contactCountry: /],
  ];

  it.each(rejected)('site refuses %j', async (_type, data, message) => {
    const { site } = await createCompleteSite();
    const cm = await contentManager();
    const res = await cm.update('site', site.documentId, data, 'fr').expect(400);
    expect(validationErrors(res)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    const after = (await cm.get('site', site.documentId, 'fr').expect(200)).body.data;
    for (const field of Object.keys(data)) expect(after[field] ?? null).toBeNull();
  });

  it.each([
    ['organisation', { name: 'Association', kind: 'association', rna: 'W12' }, /^rna: rna must be W followed by 9 digits/],
    ['organisation', { name: 'Association', kind: 'association', representativeGender: 'x' }, /^representativeGender: /],
    ['recipient', { name: 'Mailer', kind: 'processor', country: 'USA' }, /^country: /],
    ['retention-period', { label: 'X', durationValue: 1, durationUnit: 'years', endAction: 'shredding' }, /^endAction: /],
    ['purpose', { title: 'X', legalBasis: 'consent', requirement: 'by-default' }, /^requirement: /],
  ] as Case[])('%s refuses %j', async (type, data, message) => {
    const cm = await contentManager();
    const locale = type === 'organisation' ? undefined : 'fr';
    const before = await cm.count(type, locale);
    const res = await cm.create(type, data, locale).expect(400);
    expect(validationErrors(res)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    expect(await cm.count(type, locale)).toBe(before);
  });
});

describe('the section 3 fields through the wizard and the page', () => {
  const request = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    baseUrl: 'https://www.commune-exemple.fr',
    locales: ['fr', 'en'],
    texts: {
      fr: { designation: 'Commune', directorOfPublicationTitle: 'maire', contactRole: 'Questions sur le site' },
      en: { designation: 'Municipality', directorOfPublicationTitle: 'Mayor', contactRole: 'Questions about the site' },
    },
    controller: {
      data: { name: 'Commune d’Exemple', kind: 'public-body', street: '2 place de la Mairie', postalCode: '30000', city: 'Nîmes', representativeName: 'Marie Durand', representativeGender: 'feminine' },
    },
    directorOfPublicationName: 'Marie Durand',
    directorOfPublicationGender: 'feminine',
    contactEmail: 'support@commune-exemple.fr',
    ...extra,
  });

  it('creates the site with the director’s gender and the contact point in every locale, and the controller with its representative’s gender', async () => {
    const res = await (await admin()).post('/legal-pages/sites').send(request(`Commune ${suffix()}`)).expect(201);
    const cm = await contentManager();
    const fr = (await cm.get('site', res.body.data.documentId, 'fr').expect(200)).body.data;
    const en = (await cm.get('site', res.body.data.documentId, 'en').expect(200)).body.data;
    expect(fr).toMatchObject({ directorOfPublicationGender: 'feminine', contactEmail: 'support@commune-exemple.fr', contactRole: 'Questions sur le site' });
    expect(en).toMatchObject({ directorOfPublicationGender: 'feminine', contactEmail: 'support@commune-exemple.fr', contactRole: 'Questions about the site' });
    const [linked] = await cm.related('site', res.body.data.documentId, 'controller', 'fr');
    const controller = (await cm.get('organisation', linked.documentId).expect(200)).body.data;
    expect(controller).toMatchObject({ representativeGender: 'feminine' });
  });

  it.each([
    [{ contactUrl: 'ftp://example.org' }, /^contactUrl: /],
    [{ directorOfPublicationGender: 'neutral' }, /^directorOfPublicationGender /],
    [{ controller: { data: { name: 'X', rna: 'W1' } } }, /^controller\.data\.rna: /],
  ])('refuses %j with a 400 naming the field, and creates nothing', async (extra, message) => {
    const cm = await contentManager();
    const before = await cm.count('site', 'fr');
    const res = await (await admin()).post('/legal-pages/sites').send(request(`Commune ${suffix()}`, extra)).expect(400);
    expect(res.body.error.message).toMatch(message);
    expect(await cm.count('site', 'fr')).toBe(before);
  });

  it('stores a page’s introduction, returns it, and the preview composes every new fact', async () => {
    const complete = await createCompleteSite();
    const cm = await contentManager();
    await cm.update('site', complete.site.documentId, siteFacts, 'fr').expect(200);
    const pageUrl = `/legal-pages/sites/${complete.site.documentId}/pages/legal-notice/fr`;
    const saved = await (await admin()).put(pageUrl).send({ introduction: 'Bienvenue sur les **mentions légales**.' }).expect(200);
    expect(saved.body.data.choices.introduction).toBe('Bienvenue sur les **mentions légales**.');
    expect((await (await admin()).get(pageUrl).expect(200)).body.data.choices.introduction).toBe('Bienvenue sur les **mentions légales**.');
    await (await admin()).put(pageUrl).send({ introduction: 42 }).expect(400);

    const html = (await (await admin()).get(`${pageUrl}/preview`).expect(200)).body.data.html as string;
    expect(html).toContain('<strong>mentions légales</strong>');
    expect(html).toContain('Questions sur le site et signalement d’une erreur');
    expect(html).toContain('Directrice de la publication');
    expect(html).toContain('Luc Bernard');
    expect(html).toContain('tribunal administratif de Rennes');
    expect(html).toContain('Les contenus sont protégés');
  });

  it('the privacy policy’s preview shows the processors’ table and the controller’s registration', async () => {
    const complete = await createCompleteSite();
    const cm = await contentManager();
    const recipient = await cm.make('recipient', { name: `Hébergeur ${suffix()}`, kind: 'processor', country: 'FR' }, 'fr');
    await cm.update('site', complete.site.documentId, { recipients: connectIn('fr', recipient.documentId) }, 'fr').expect(200);
    const html = (await (await admin()).get(`/legal-pages/sites/${complete.site.documentId}/pages/privacy-policy/fr/preview`).expect(200)).body.data.html as string;
    expect(html).toContain('Pays de traitement');
    expect(html).toContain('sans objet (Espace économique européen)');
  });
});
