import { randomBytes } from 'node:crypto';
import { asAdmin, createAdminRole, createAdminUser, superAdminJwt } from './harness';
import { contentManager, validationErrors } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';

const admin = async () => asAdmin(await superAdminJwt());
const suffix = () => randomBytes(3).toString('hex');

const controller = {
  name: 'Commune d’Exemple',
  nameInText: 'feminine',
  kind: 'public-body',
  legalForm: 'Collectivité territoriale',
  street: '2 place de la Mairie',
  postalCode: '30000',
  city: 'Nîmes',
  email: 'contact@commune-exemple.fr',
  siren: '213001894',
};

const request = (name: string) => ({
  name,
  baseUrl: 'https://www.commune-exemple.fr',
  locales: ['fr', 'en'],
  texts: {
    fr: { designation: 'Commune', designationGender: 'feminine', directorOfPublicationTitle: 'maire' },
    en: { designation: 'Municipality', directorOfPublicationTitle: 'Mayor' },
  },
  controller: { data: controller },
  host: { data: { name: 'Hébergeur Exemple', street: '10 rue du Serveur', postalCode: '75015', city: 'Paris', phone: '01 23 45 67 89' } },
  dpo: { data: { label: `DPO ${name}`, email: 'dpo@commune-exemple.fr' } },
  directorOfPublicationName: 'Jean Dupont',
  // The answers behind the pages' statements of fact; processors' contracts are left for later.
  transfersOutsideEea: 'no',
  cookiesUsed: 'yes',
  automatedDecisions: 'no',
  securityMeasures: 'yes',
  processorContracts: null,
});

describe('the new-site wizard’s server side', () => {
  it('creates the site in every locale with its controller, publisher, host and DPO, all linked', async () => {
    const name = `Commune ${suffix()}`;
    const res = await (await admin()).post('/legal-pages/sites').send(request(name)).expect(201);
    const site = res.body.data;
    expect(site).toMatchObject({ name, locales: ['fr', 'en'] });
    expect(site.created.map((c: { role: string }) => c.role)).toEqual(['controller', 'host', 'dpo']);

    const cm = await contentManager();
    for (const locale of ['fr', 'en']) {
      const [controllerOf, publisherOf, hostOf, dpoOf] = await Promise.all(['controller', 'publisher', 'host', 'dpo'].map((field) => cm.related('site', site.documentId, field, locale)));
      expect(controllerOf[0].name).toBe('Commune d’Exemple');
      expect(publisherOf[0].documentId).toBe(controllerOf[0].documentId);
      expect(hostOf[0].name).toBe('Hébergeur Exemple');
      expect(dpoOf[0].label).toBe(`DPO ${name}`);
    }
    const en = (await cm.get('site', site.documentId, 'en').expect(200)).body.data;
    expect(en).toMatchObject({ designation: 'Municipality', directorOfPublicationTitle: 'Mayor', publishedLocales: ['fr', 'en'] });
    // The answers are shared by every locale; one left out stays unanswered.
    for (const locale of ['fr', 'en']) {
      const stored = (await cm.get('site', site.documentId, locale).expect(200)).body.data;
      expect(stored).toMatchObject({ transfersOutsideEea: 'no', cookiesUsed: 'yes', automatedDecisions: 'no', securityMeasures: 'yes', processorContracts: null, recipientsOutside: null });
    }

    // The starter library makes it a complete privacy policy: the checklist has no error left.
    await (await admin()).post(`/legal-pages/sites/${site.documentId}/starter-library`).send({}).expect(200);
    const preview = await (await admin()).get(`/legal-pages/sites/${site.documentId}/pages/privacy-policy/fr/preview`).expect(200);
    expect(preview.body.data.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    // What the answers state, and the question left open as a warning that names the site.
    expect(preview.body.data.html).toContain('Vos données ne sont pas transférées en dehors de');
    expect(preview.body.data.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'gdpr.28.processor-contract', severity: 'warning', source: expect.objectContaining({ type: 'site', documentId: site.documentId, locale: 'fr', field: 'processorContracts' }) })])
    );
    await (await admin()).post(`/legal-pages/sites/${site.documentId}/pages/privacy-policy/fr/publish`).send({}).expect(201);
  });

  it('leaves every question unanswered when the wizard is not told, and the checklist asks them', async () => {
    const { transfersOutsideEea: _t, cookiesUsed: _c, automatedDecisions: _a, securityMeasures: _s, processorContracts: _p, ...unanswered } = request(`Commune ${suffix()}`);
    const site = (await (await admin()).post('/legal-pages/sites').send(unanswered).expect(201)).body.data;
    const stored = (await (await contentManager()).get('site', site.documentId, 'fr').expect(200)).body.data;
    expect(stored).toMatchObject({ transfersOutsideEea: null, cookiesUsed: null, automatedDecisions: null, securityMeasures: null, processorContracts: null, recipientsOutside: null });
    const preview = await (await admin()).get(`/legal-pages/sites/${site.documentId}/pages/privacy-policy/fr/preview`).expect(200);
    const codes = (preview.body.data.findings as Array<{ code: string }>).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['gdpr.13.1.f.transfers-unanswered', 'gdpr.13.1.e.recipients', 'gdpr.32.security']));
    expect(preview.body.data.html).not.toContain('transférées');
    const cookies = await (await admin()).get(`/legal-pages/sites/${site.documentId}/pages/cookie-policy/fr/preview`).expect(200);
    expect((cookies.body.data.findings as Array<{ code: string }>).map((f) => f.code)).toContain('cookies.unanswered');
    expect(cookies.body.data.html).not.toContain('ne dépose aucun cookie');
  });

  it('links entries already entered instead of creating them', async () => {
    const existing = await createCompleteSite();
    const name = `Commune ${suffix()}`;
    const body = { ...request(name), controller: { documentId: existing.controller.documentId }, host: null, dpo: { documentId: existing.dpo.documentId } };
    const organisations = await (await contentManager()).count('organisation');
    const res = await (await admin()).post('/legal-pages/sites').send(body).expect(201);
    expect(res.body.data.created).toEqual([]);
    expect(await (await contentManager()).count('organisation')).toBe(organisations);

    const options = await (await admin()).get('/legal-pages/site-setup').expect(200);
    expect(options.body.data.locales).toEqual(['fr', 'en']);
    expect(options.body.data.organisations).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: existing.controller.documentId })]));
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const cm = await contentManager();
    const before = await Promise.all(['organisation', 'dpo-contact', 'site'].map((type) => cm.count(type, type === 'site' ? 'fr' : undefined)));
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ name: undefined }, /^name: name is a required field$/],
      [{ controller: undefined }, /^controller: /],
      [{ locales: ['de'] }, /^locales\.0: "de" is not one of the legal-pages plugin.s locales/],
      [{ texts: { fr: { designation: '' }, en: { designation: 'Municipality' } } }, /^texts\.fr\.designation: /],
      [{ texts: { fr: { designation: 'la Commune' }, en: { designation: 'Municipality' } } }, /^texts\.fr\.designation: designation starts with the article "la"/],
      [{ controller: { documentId: 'nope' } }, /^controller\.documentId: no organisation has the documentId "nope"$/],
      [{ controller: { data: { ...controller, siren: '123456789' } } }, /^controller\.data\.siren: /],
      // The controller is valid and written first: the host's error must roll it back.
      [{ host: { data: { name: 'Hôte', website: 'not a url' } } }, /^host\.data\.website: /],
      [{ dpo: { data: { label: 'DPO', email: 'not-an-email' } } }, /^dpo\.data\.email: /],
      [{ baseUrl: 'javascript:alert(1)' }, /^baseUrl: /],
      [{ colour: 'red' }, /unknown field "colour"/],
      [{ cookiesUsed: 'maybe' }, /^cookiesUsed: cookiesUsed must be "yes" or "no"/],
      [{ transfersOutsideEea: true }, /^transfersOutsideEea: /],
    ];
    for (const [change, message] of cases) {
      const res = await (await admin()).post('/legal-pages/sites').send({ ...request(`Commune ${suffix()}`), ...change });
      expect(res.status).toBe(400);
      expect([res.body.error.message, ...validationErrors(res)]).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    }
    const after = await Promise.all(['organisation', 'dpo-contact', 'site'].map((type) => cm.count(type, type === 'site' ? 'fr' : undefined)));
    expect(after).toEqual(before);
  });

  it('needs the compose permission, and the Content Manager’s create permission on each type it creates', async () => {
    const reader = await createAdminUser([await createAdminRole([{ action: 'plugin::legal-pages.read' }])]);
    await asAdmin(reader.token).get('/legal-pages/site-setup').expect(403);
    await asAdmin(reader.token).post('/legal-pages/sites').send(request(`Commune ${suffix()}`)).expect(403);

    const create = (type: string) => ({ action: 'plugin::content-manager.explorer.create', subject: `plugin::legal-pages.${type}`, properties: { locales: ['fr', 'en'] } });
    const composer = await createAdminUser([await createAdminRole([{ action: 'plugin::legal-pages.read' }, { action: 'plugin::legal-pages.compose' }, create('site')])]);
    await asAdmin(composer.token).get('/legal-pages/site-setup').expect(200);
    const refused = await asAdmin(composer.token).post('/legal-pages/sites').send(request(`Commune ${suffix()}`)).expect(403);
    expect(refused.body.error.message).toBe('Creating this site needs the Content Manager\'s "Create" permission on Legal · Organisation, Legal · DPO contact');

    const existing = await createCompleteSite();
    const linking = { ...request(`Commune ${suffix()}`), controller: { documentId: existing.controller.documentId }, host: null, dpo: null };
    await asAdmin(composer.token).post('/legal-pages/sites').send(linking).expect(201);
  });
});

describe('previews of unsaved choices and where each finding is fixed', () => {
  it('previews choices without saving them', async () => {
    const site = await createCompleteSite();
    const url = `/legal-pages/sites/${site.site.documentId}/pages/privacy-policy/fr`;
    const draft = { hiddenSections: ['security'], customSections: [{ id: 'brouillon', title: 'Section en brouillon', body: 'Texte provisoire.' }] };
    const preview = await (await admin()).post(`${url}/preview`).send(draft).expect(200);
    expect(preview.body.data.html).toContain('Section en brouillon');
    expect(preview.body.data.html).not.toMatch(/id="[^"]*security"/);
    const saved = await (await admin()).get(url).expect(200);
    expect(saved.body.data.choices.customSections).toBeNull();
    const bad = await (await admin()).post(`${url}/preview`).send({ hiddenSections: ['rights'] }).expect(400);
    expect(bad.body.error.message).toMatch(/^hiddenSections\.0: "rights" is required by law/);
  });

  it('names the entry that holds the fact behind each finding', async () => {
    const site = await createCompleteSite();
    const cm = await contentManager();
    await cm.update('dpo-contact', site.dpo.documentId, { email: null, street: null, postalCode: null, city: null }).expect(200);
    await cm.update('organisation', site.host.documentId, { phone: null }).expect(200);
    const res = await (await admin()).get(`/legal-pages/sites/${site.site.documentId}/pages/legal-notice/fr/preview`).expect(200);
    const findings = res.body.data.findings as Array<{ path: string; source: { type: string; documentId: string } | null }>;
    expect(findings.find((f) => f.path.startsWith('/host'))?.source).toMatchObject({ type: 'organisation', documentId: site.host.documentId, entryName: 'Hébergeur Exemple' });
    const privacy = await (await admin()).get(`/legal-pages/sites/${site.site.documentId}/pages/privacy-policy/fr/preview`).expect(200);
    const dpoFinding = (privacy.body.data.findings as typeof findings).find((f) => f.path.startsWith('/dpo') || f.path.startsWith('/rightsExercise'));
    expect(dpoFinding?.source).toMatchObject({ type: 'dpo-contact', documentId: site.dpo.documentId });
  });
});
