import ExcelJS from 'exceljs';
import { asAdmin, createAdminRole, createAdminUser, http, superAdminJwt } from './harness';
import { connect, connectIn, contentManager, validationErrors } from './harness/content-manager';
import { createCompleteSite } from './harness/sites';

type Site = Awaited<ReturnType<typeof createCompleteSite>>;
type Activity = {
  key: string;
  purposeDocumentId: string;
  activity: string;
  sites: Array<{ name: string; slug: string; locales: string[] }>;
  publishedIn: Array<{ site: string; kind: string; locale: string; version: number; inForce: boolean }>;
  controller: { name: string; address: string } | null;
  dpo: { email: string } | null;
  legalBasis: string;
  dataSubjects: string[];
  dataCategories: Array<{ name: string; erasure: string }>;
  retention: string;
  securityMeasures: Array<{ kind: string; heading: string; detail: string }>;
  missing: string[];
};

const NBSP = '\u00a0';
const admin = async () => asAdmin(await superAdminJwt());
const register = async (query = '') => (await (await admin()).get(`/legal-pages/register${query}`).expect(200)).body as { data: Activity[]; meta: Record<string, unknown> };
const ofSite = (activities: Activity[], site: Site) => activities.filter((a) => a.sites.some((s) => s.slug === site.slug));
/** supertest keeps a binary body as a Buffer only when told to. */
const binary = (res: { on(event: string, listener: (chunk: Buffer) => void): unknown }, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('the record of processing activities (GDPR Art. 30)', () => {
  let site: Site;
  let other: Site;

  beforeAll(async () => {
    site = await createCompleteSite();
    other = await createCompleteSite();
  }, 120000);

  it('makes one activity of a purpose two sites share with the same facts, listing both with their locales', async () => {
    const { data } = await register('?locale=fr');
    const accounts = ofSite(data, site).find((a) => a.activity === 'Gestion des comptes des utilisateurs')!;
    expect(accounts).toBeDefined();
    expect(accounts.sites).toEqual(
      expect.arrayContaining([
        { name: site.site.name, slug: site.slug, locales: ['en', 'fr'] },
        { name: other.site.name, slug: other.slug, locales: ['en', 'fr'] },
      ])
    );
    expect(data.filter((a) => a.key === accounts.key)).toHaveLength(1);
  });

  it('keeps the purpose apart for a site whose facts differ (another controller)', async () => {
    const cm = await contentManager();
    const own = await createCompleteSite();
    const controller = await cm.make('organisation', { name: `Commune distincte ${Date.now()}`, kind: 'public-body', street: '2 rue Haute', postalCode: '35000', city: 'Rennes', email: 'mairie@commune-distincte.fr' });
    await cm.update('site', own.site.documentId, { controller: { set: [{ documentId: controller.documentId }] } }, 'fr').expect(200);

    const { data } = await register('?locale=fr');
    const shared = ofSite(data, site).find((a) => a.activity === 'Gestion des comptes des utilisateurs')!;
    const apart = ofSite(data, own).find((a) => a.activity === 'Gestion des comptes des utilisateurs')!;
    expect(apart.purposeDocumentId).toBe(shared.purposeDocumentId);
    expect(apart.key).not.toBe(shared.key);
    expect(apart.controller?.name).toBe(controller.name);
    expect(apart.sites.map((s) => s.slug)).toEqual([own.slug]);
    expect(shared.sites.map((s) => s.slug)).not.toContain(own.slug);
  });

  it('holds every Art. 30(1) item for each activity of a completely described site, and the versions that state it', async () => {
    const cm = await contentManager();
    const own = await createCompleteSite();
    const measure = await cm.make('security-measure', { kind: 'access-control', detail: 'Comptes nominatifs et droits limités au besoin d’en connaître.' }, 'fr');
    await cm.update('site', own.site.documentId, { securityMeasureList: connectIn('fr', measure.documentId) }, 'fr').expect(200);
    await (await admin()).post(`/legal-pages/sites/${own.site.documentId}/pages/privacy-policy/fr/publish`).send({}).expect(201);

    const { data } = await register('?locale=fr');
    const activities = ofSite(data, own);
    expect(activities.length).toBeGreaterThanOrEqual(5);
    for (const activity of activities) {
      expect(activity.sites.map((s) => s.slug)).toEqual([own.slug]);
      expect(activity).toMatchObject({
        controller: expect.objectContaining({ name: 'Région d’exemple', address: '1 place de la Préfecture, 35000 Rennes' }),
        dpo: expect.objectContaining({ email: 'dpo@region-exemple.fr' }),
        legalBasis: expect.stringMatching(/article\s6\.1\.[a-f] du RGPD/),
        dataSubjects: expect.arrayContaining([expect.any(String)]),
        dataCategories: expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]),
        retention: expect.stringMatching(/\S/),
        securityMeasures: [{ kind: 'access-control', heading: 'Contrôle d’accès des utilisateurs', detail: 'Comptes nominatifs et droits limités au besoin d’en connaître.' }],
        missing: [],
      });
      expect(activity.publishedIn).toEqual([expect.objectContaining({ site: own.slug, kind: 'privacy-policy', locale: 'fr', version: 1, inForce: true })]);
    }
    expect(activities.find((a) => a.activity === 'Gestion des comptes des utilisateurs')?.dataSubjects).toEqual(['Usagers du portail']);
  });

  it('shows a data category’s own erasure time limit where it differs from the purpose’s', async () => {
    const cm = await contentManager();
    const erasure = await cm.make('retention-period', { label: 'Pièces justificatives', durationValue: 1, durationUnit: 'years', endAction: 'deletion' }, 'fr');
    const category = await cm.make('data-category', { name: 'Pièces justificatives d’identité', special: false, erasure: connectIn('fr', erasure.documentId) }, 'fr');
    const retention = await cm.make('retention-period', { label: 'Demandes', durationValue: 3, durationUnit: 'years', endAction: 'deletion' }, 'fr');
    const purpose = await cm.make(
      'purpose',
      { title: `Demandes d’exercice des droits ${Date.now()}`, legalBasis: 'legal-obligation', requirement: 'optional', dataCategories: connectIn('fr', category.documentId), retention: connectIn('fr', retention.documentId) },
      'fr'
    );
    await cm.update('site', site.site.documentId, { purposes: connectIn('fr', purpose.documentId) }, 'fr').expect(200);

    const { data } = await register('?locale=fr');
    const activity = data.find((a) => a.purposeDocumentId === purpose.documentId)!;
    expect(activity.retention).toBe(`3${NBSP}ans, puis suppression`);
    expect(activity.dataCategories).toEqual([expect.objectContaining({ name: 'Pièces justificatives d’identité', erasure: `1${NBSP}an, puis suppression` })]);
    expect(activity.sites).toEqual([{ name: site.site.name, slug: site.slug, locales: ['fr'] }]);
  });

  it('exports CSV and an XLSX workbook of the same activities, in one language', async () => {
    const { data } = await register('?locale=en');
    const csv = await (await admin()).get('/legal-pages/register?format=csv&locale=en').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('processing-register-en.csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^"No\.","Processing activity","Description","Sites","Stated in","Controller",/);
    expect(lines).toHaveLength(data.length + 1);
    expect(csv.text).not.toMatch(/ à compter | puis suppression|personne concernée/);
    expect(ofSite(data, site).find((a) => a.activity === 'Security of the platform and retention of connection data')).toMatchObject({
      legalBasis: expect.stringMatching(/^legal obligation \(Article\s6\(1\)\(c\) GDPR; French Act no\. 2004-575/),
      dataSubjects: expect.arrayContaining(['Visitors to the site', 'Users of the portal']),
      dataCategories: [expect.objectContaining({ name: 'Connection data' })],
      retention: expect.stringMatching(new RegExp(`^1${NBSP}year from the connection, then deleted \\(French Act no\\. 2004-575`)),
      automatedDecision: 'no',
    });

    const xlsx = await (await admin()).get('/legal-pages/register?format=xlsx&locale=fr').buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toContain('processing-register-fr.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const fr = await register('?locale=fr');
    expect(workbook.worksheets).toHaveLength(fr.data.length + 1);
    expect(workbook.worksheets[0].name).toBe('Registre');
    const headings: string[] = [];
    workbook.worksheets[1].eachRow((row) => headings.push(row.getCell(1).text));
    expect(headings).toEqual(expect.arrayContaining(['Acteurs', 'Mesures de sécurité', 'Catégories de personnes concernées', 'Transferts des données hors UE']));
  });

  it('neutralises an editor’s formula in the CSV', async () => {
    const cm = await contentManager();
    const purpose = await cm.make('purpose', { title: '=HYPERLINK("https://evil.example","x")', legalBasis: 'consent', requirement: 'optional' }, 'fr');
    await cm.update('site', site.site.documentId, { purposes: connectIn('fr', purpose.documentId) }, 'fr').expect(200);
    const csv = await (await admin()).get('/legal-pages/register?format=csv&locale=fr').expect(200);
    expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(csv.text).not.toMatch(/(^|,)"=/m);
  });

  it('leaves out, and names, the sites that have no version in the locale asked for', async () => {
    const cm = await contentManager();
    const purpose = await cm.make('purpose', { title: 'Envoi de la lettre d’information', legalBasis: 'consent', requirement: 'optional' }, 'fr');
    const frenchOnly = await cm.make(
      'site',
      {
        name: `Site seulement en français ${Date.now()}`,
        baseUrl: 'https://donnees.exemple.fr',
        designation: 'Région',
        designationGender: 'feminine',
        publishedLocales: ['fr'],
        purposes: connectIn('fr', purpose.documentId),
      },
      'fr'
    );
    const fr = await register('?locale=fr');
    expect(fr.data.filter((a) => a.sites.some((s) => s.slug === frenchOnly.slug)).map((a) => a.activity)).toEqual(['Envoi de la lettre d’information']);
    expect(fr.meta.sitesWithoutLocale).not.toContainEqual(expect.objectContaining({ siteSlug: frenchOnly.slug }));
    const en = await register('?locale=en');
    expect(en.data.filter((a) => a.sites.some((s) => s.slug === frenchOnly.slug))).toEqual([]);
    expect(en.meta.sitesWithoutLocale).toContainEqual({ site: frenchOnly.name, siteSlug: frenchOnly.slug });
    expect(en.meta.locale).toBe('en');
  });

  it('is read with the plugin’s Read permission only', async () => {
    await http().get('/legal-pages/register').expect(401);
    const without = await createAdminUser([await createAdminRole([])]);
    await asAdmin(without.token).get('/legal-pages/register?format=xlsx').expect(403);
    const reader = await createAdminUser([await createAdminRole([{ action: 'plugin::legal-pages.read' }])]);
    await asAdmin(reader.token).get('/legal-pages/register?format=csv').expect(200);
  });

  it('refuses a query parameter it cannot honour with a 400 naming it', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['?locale=de', 'locale', /^locale must be one of the plugin's locales: fr, en$/],
      ['?locale=fr&locale=en', 'locale', /^locale must be given once$/],
      ['?format=xml', 'format', /^format must be one of json, csv, xlsx$/],
    ];
    for (const [query, parameter, message] of cases) {
      const res = await (await admin()).get(`/legal-pages/register${query}`).expect(400);
      expect(res.body.error.message).toMatch(message);
      expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: [parameter] })]);
    }
  });
});

describe('the record’s new fields through the Content Manager', () => {
  it('accepts data subjects on a purpose and prints them with it in the privacy policy', async () => {
    const cm = await contentManager();
    const own = await createCompleteSite();
    const subject = await cm.make('data-subject', { name: 'Agents de la Région' }, 'fr');
    const [purpose] = (await cm.related('site', own.site.documentId, 'purposes', 'fr')).filter((p) => p.title === 'Gestion des comptes des utilisateurs');
    await cm.update('purpose', purpose.documentId, { dataSubjects: connectIn('fr', subject.documentId) }, 'fr').expect(200);
    const preview = await (await admin()).get(`/legal-pages/sites/${own.site.documentId}/pages/privacy-policy/fr/preview`).expect(200);
    expect(preview.body.data.html).toMatch(/Personnes concernées\s*:\s*(<[^>]+>)*usagers du portail et agents de la Région/);
  });

  it('refuses a blank data subject, a blank or unknown security measure, naming the field', async () => {
    const cm = await contentManager();
    expect(validationErrors(await cm.create('data-subject', { name: '  ' }, 'fr').expect(400))).toEqual(['name: name must not be empty']);
    expect(validationErrors(await cm.create('security-measure', { kind: 'backup', detail: ' ' }, 'fr').expect(400))).toEqual(['detail: detail must not be empty']);
    const unknown = await cm.create('security-measure', { kind: 'prayer', detail: 'Croiser les doigts.' }, 'fr').expect(400);
    expect(JSON.stringify(unknown.body.error)).toContain('kind');
  });

  it('accepts an EU representative for a controller established outside the EU, and the register prints it', async () => {
    const cm = await contentManager();
    const own = await createCompleteSite();
    const representative = await cm.make('organisation', { name: 'Representative Europe SARL', kind: 'company', street: '5 rue de Rivoli', postalCode: '75001', city: 'Paris', email: 'gdpr@rep.example.eu' });
    const controller = await cm.make('organisation', {
      name: `Example Inc. ${Date.now()}`,
      kind: 'company',
      street: '1 Market Street',
      postalCode: '94105',
      city: 'San Francisco',
      country: 'US',
      email: 'privacy@example.com',
      outsideEu: true,
      euRepresentative: connect(representative.documentId),
    });
    await cm.update('site', own.site.documentId, { controller: { set: [{ documentId: controller.documentId }] } }, 'fr').expect(200);
    const { data } = await register('?locale=fr');
    for (const activity of ofSite(data, own)) {
      expect(activity).toMatchObject({ euRepresentative: { name: 'Representative Europe SARL', address: '5 rue de Rivoli, 75001 Paris', phone: '', email: 'gdpr@rep.example.eu' } });
      expect(activity.missing).not.toContain('euRepresentative');
    }
  });
});
