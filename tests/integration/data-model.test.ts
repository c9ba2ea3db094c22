import { connect, contentManager, validationErrors } from './harness/content-manager';
import { edits, samples, type TypeName } from './fixtures/samples';

const LOCALIZED: TypeName[] = ['data-category', 'retention-period', 'recipient', 'transfer', 'right', 'cookie', 'purpose', 'site', 'data-subject', 'security-measure'];
const localeOf = (name: TypeName) => (LOCALIZED.includes(name) ? 'fr' : undefined);
const unique = (() => {
  let n = 0;
  return (s: string) => `${s} ${process.pid}-${++n}`;
})();
const sampleOf = (name: TypeName): Record<string, unknown> =>
  name === 'site' ? { ...samples.site, name: unique(samples.site.name) } : { ...samples[name] };

describe('content types through the admin Content Manager API', () => {
  it.each(Object.keys(samples) as TypeName[])('creates, reads, updates and deletes a %s', async (name) => {
    const cm = await contentManager();
    const locale = localeOf(name);
    const created = await cm.make(name, sampleOf(name), locale);
    expect(created.documentId).toEqual(expect.any(String));

    const read = await cm.get(name, created.documentId, locale).expect(200);
    expect(read.body.data).toMatchObject(name === 'site' ? { ...samples.site, name: created.name } : samples[name]);

    await cm.update(name, created.documentId, edits[name], locale).expect(200);
    const updated = await cm.get(name, created.documentId, locale).expect(200);
    expect(updated.body.data).toMatchObject(edits[name]);

    await cm.delete(name, created.documentId, locale).expect(200);
    await cm.get(name, created.documentId, locale).expect(404);
  });

  it('derives a site slug from its name and refuses a slug already in use', async () => {
    const cm = await contentManager();
    const site = await cm.make('site', { ...samples.site, name: 'Région Île-de-France : données' }, 'fr');
    expect(site.slug).toBe('region-ile-de-france-donnees');

    const before = await cm.count('site', 'fr');
    const res = await cm.create('site', { ...samples.site, name: 'Région Île-de-France — données' }, 'fr').expect(400);
    expect(validationErrors(res)).toEqual([expect.stringMatching(/^slug: slug "region-ile-de-france-donnees" is already used/)]);
    expect(await cm.count('site', 'fr')).toBe(before);
  });
});

type Case = [TypeName, Record<string, unknown>, RegExp];

const rejected: Case[] = [
  ['organisation', { email: 'contact@' }, /^email: /],
  ['organisation', { website: 'javascript:alert(1)' }, /^website: website must start with https:\/\/ or http:\/\//],
  ['organisation', { website: 'clermontmetropole.eu' }, /^website: website must be an absolute URL/],
  ['organisation', { phone: 'call us' }, /^phone: phone may contain only digits/],
  ['organisation', { siret: '24630070100011' }, /^siret: siret fails its check digit/],
  ['organisation', { siren: '24630070' }, /^siren: siren must be 9 digits/],
  ['organisation', { siren: '243000643' }, /^siret: siret must begin with the 9 digits of siren/],
  ['organisation', { vatNumber: 'FR00246300701' }, /^vatNumber: vatNumber has a key that does not match its SIREN/],
  ['organisation', { kind: 'government' }, /^kind: /],
  ['organisation', { name: ' ' }, /^name: name must not be empty/],
  ['dpo-contact', { webFormUrl: 'ftp://example.org/form' }, /^webFormUrl: webFormUrl must start with https:\/\//],
  ['retention-period', { durationValue: -1 }, /^durationValue: /],
  ['retention-period', { durationValue: 2, durationUnit: null }, /^durationUnit: durationUnit is required with durationValue/],
  ['retention-period', { durationValue: null, durationUnit: null, criterion: null }, /^durationValue: give a duration/],
  ['retention-period', { durationUnit: 'fortnight' }, /^durationUnit: /],
  ['purpose', { legalBasis: 'legitimate-interests' }, /^legitimateInterest: legitimateInterest is required when the legal basis is legitimate interests/],
  ['purpose', { legalBasis: 'article-6' }, /^legalBasis: /],
  ['purpose', { collectedFromDataSubject: false }, /^dataSources: dataSources is required when the data is not collected/],
  ['purpose', { automatedDecision: true }, /^automatedDecisionLogic: /],
  ['purpose', { requirement: 'statutory' }, /^requirementConsequence: /],
  ['transfer', { safeguard: 'trust-us' }, /^safeguard: /],
  ['transfer', { country: 'United States' }, /^country: /],
  ['organisation', { country: 'France' }, /^country: /],
  ['right', { kind: 'be-forgotten-forever' }, /^kind: /],
  ['right', { email: 'not-an-email' }, /^email: /],
  ['cookie', { durationUnit: 'session', durationValue: 3 }, /^durationValue: durationValue must be empty for a session cookie/],
  ['cookie', { durationValue: null }, /^durationValue: durationValue is required unless/],
  ['site', { baseUrl: 'data.example.org' }, /^baseUrl: baseUrl must be an absolute URL/],
  ['site', { publishedLocales: ['fr', 'de'] }, /^publishedLocales: publishedLocales has locales the plugin does not compose: de/],
  ['site', { slug: 'Not A Slug' }, /^slug: /],
  ['site', { designation: 'le site Mon site' }, /^designation: designation starts with the article "le": give the noun alone \("site Mon site"\)/],
  ['site', { transfersOutsideEea: 'maybe' }, /^transfersOutsideEea: /],
  ['site', { cookiesUsed: 'none' }, /^cookiesUsed: /],
  ['site', { securityMeasures: true }, /^securityMeasures: /],
  ['purpose', { legalBasisReference: 'Code de commerce, art. L123-22', legalBasisReferenceUrl: 'javascript:alert(1)' }, /^legalBasisReferenceUrl: legalBasisReferenceUrl must start with https:\/\//],
  ['purpose', { legalBasisReferenceUrl: 'https://www.legifrance.gouv.fr/' }, /^legalBasisReference: legalBasisReference is required with legalBasisReferenceUrl/],
  ['organisation', { supervisoryAuthorityName: 'Data Protection Commission', supervisoryAuthorityWebsite: 'dataprotection.ie' }, /^supervisoryAuthorityWebsite: supervisoryAuthorityWebsite must be an absolute URL/],
  ['organisation', { supervisoryAuthorityComplaintUrl: 'https://forms.dataprotection.ie/contact' }, /^supervisoryAuthorityName: supervisoryAuthorityName is required when the supervisory authority/],
  ['organisation', { supervisoryAuthorityCountry: 'Ireland' }, /^supervisoryAuthorityCountry: /],
];

describe('validation on every write', () => {
  it.each(rejected)('refuses a %s with %j on create, storing nothing', async (name, bad, message) => {
    const cm = await contentManager();
    const locale = localeOf(name);
    const before = await cm.count(name, locale);
    const res = await cm.create(name, { ...sampleOf(name), ...bad }, locale).expect(400);
    expect(validationErrors(res)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    expect(await cm.count(name, locale)).toBe(before);
  });

  it.each(rejected)('refuses a %s with %j on update, leaving the entry as it was', async (name, bad, message) => {
    const cm = await contentManager();
    const locale = localeOf(name);
    const created = await cm.make(name, sampleOf(name), locale);
    const before = (await cm.get(name, created.documentId, locale).expect(200)).body.data;
    const res = await cm.update(name, created.documentId, bad, locale).expect(400);
    expect(validationErrors(res)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    const after = (await cm.get(name, created.documentId, locale).expect(200)).body.data;
    expect(after).toEqual(before);
  });
});

describe('shared and localized fields', () => {
  it('changes a controller address once for every site that names it', async () => {
    const cm = await contentManager();
    const controller = await cm.make('organisation', samples.organisation);
    const sites = await Promise.all(
      [1, 2].map(() => cm.make('site', { ...sampleOf('site'), controller: connect(controller.documentId) }, 'fr'))
    );
    await cm.update('organisation', controller.documentId, { street: '1 place de Jaude' }).expect(200);
    for (const site of sites) {
      const [linked] = await cm.related('site', site.documentId, 'controller', 'fr');
      expect(linked.documentId).toBe(controller.documentId);
    }
    const stored = await cm.get('organisation', controller.documentId).expect(200);
    expect(stored.body.data.street).toBe('1 place de Jaude');
  });

  it('keeps French and English text apart and shares the legal basis', async () => {
    const cm = await contentManager();
    const fr = await cm.make('purpose', samples.purpose, 'fr');
    await cm
      .update('purpose', fr.documentId, { title: 'User accounts', description: 'Create and manage your account.', legalBasis: 'public-task', requirement: 'optional' }, 'en')
      .expect(200);
    await cm.update('purpose', fr.documentId, { description: 'Nouvelle description.', legalBasis: 'consent' }, 'fr').expect(200);

    const en = (await cm.get('purpose', fr.documentId, 'en').expect(200)).body.data;
    expect(en).toMatchObject({ title: 'User accounts', description: 'Create and manage your account.', legalBasis: 'consent' });
    const frNow = (await cm.get('purpose', fr.documentId, 'fr').expect(200)).body.data;
    expect(frNow).toMatchObject({ title: samples.purpose.title, description: 'Nouvelle description.', legalBasis: 'consent' });
  });
});

describe('Content Manager view', () => {
  it('shows readable labels, help and main fields', async () => {
    const { asAdmin, superAdminJwt } = await import('./harness');
    const admin = asAdmin(await superAdminJwt());
    const purpose = (await admin.get('/content-manager/content-types/plugin::legal-pages.purpose/configuration').expect(200)).body.data;
    expect(purpose.contentType.settings.mainField).toBe('title');
    expect(purpose.contentType.metadatas.legalBasis.edit).toMatchObject({ label: 'Legal basis', description: expect.stringMatching(/GDPR Art\. 6\(1\)/) });
    expect(purpose.contentType.metadatas.retention.edit.mainField).toBe('label');

    const site = (await admin.get('/content-manager/content-types/plugin::legal-pages.site/configuration').expect(200)).body.data;
    expect(site.contentType.metadatas.controller.edit.mainField).toBe('name');
    expect(site.contentType.metadatas.designationGender.edit.label).toBe('Designation: grammatical gender');
  });
});
