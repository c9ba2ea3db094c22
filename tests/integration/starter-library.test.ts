import { asAdmin, createAdminRole, createAdminUser, superAdminJwt } from './harness';
import { contentManager } from './harness/content-manager';
import { samples } from './fixtures/samples';

const newSite = async (name: string, locales: string[] = ['fr', 'en']) => {
  const cm = await contentManager();
  const site = await cm.make('site', { ...samples.site, name }, locales[0]);
  for (const locale of locales.slice(1)) {
    await cm.update('site', site.documentId, { designation: 'Metropolis', designationGender: 'feminine' }, locale).expect(200);
  }
  return site.documentId;
};

const apply = async (siteId: string, body: object = {}, status = 200) => {
  const res = await asAdmin(await superAdminJwt()).post(`/legal-pages/sites/${siteId}/starter-library`).send(body);
  if (res.status !== status) throw new Error(`starter library: expected ${status}, got ${res.status} ${res.text}`);
  return res;
};

type Entry = { key: string; documentId: string; section: string };

describe('starter library', () => {
  let firstSite: string;
  let firstReport: { created: Entry[]; reused: Entry[]; linked: unknown[] };

  beforeAll(async () => {
    firstSite = await newSite('Starter site one');
    const res = await apply(firstSite);
    firstReport = res.body.data;
  });

  // Another test file may have run the library first (the demo data does): count what was created or reused.
  const entries = () => [...firstReport.created, ...firstReport.reused];

  // The sample site names no controller: without keys, it gets the public body's set, the library as it was before sets per kind.
  it('creates the usual rights, retention rules, categories, recipients, purposes and cookies in fr and en', () => {
    const bySection = (section: string) => entries().filter((e) => e.section === section).length;
    expect(bySection('right')).toBe(9);
    expect(bySection('retention-period')).toBe(6);
    expect(bySection('data-category')).toBe(4);
    expect(bySection('recipient')).toBe(2);
    expect(bySection('purpose')).toBe(5);
    expect(bySection('cookie')).toBe(1);
    // The people the purposes concern: visitors, requesters, subscribers and users of the portal.
    expect(bySection('data-subject')).toBe(4);
    // The accessibility statement's usual content outside the obligation.
    expect(bySection('accessibility-content')).toBe(4);
    expect(firstReport.linked).toEqual(
      expect.arrayContaining([
        { locale: 'fr', field: 'rights', count: 9 },
        { locale: 'en', field: 'rights', count: 9 },
        { locale: 'fr', field: 'purposes', count: 5 },
        { locale: 'en', field: 'cookies', count: 1 },
      ])
    );
  });

  it('writes each locale in its own language and links the matching locale', async () => {
    const cm = await contentManager();
    const security = entries().find((e) => e.key === 'purpose.security')!;
    const fr = (await cm.get('purpose', security.documentId, 'fr').expect(200)).body.data;
    const en = (await cm.get('purpose', security.documentId, 'en').expect(200)).body.data;
    expect(fr).toMatchObject({ title: 'Sécurité de la plateforme et conservation des données de connexion', legalBasis: 'legal-obligation' });
    expect(en).toMatchObject({ title: 'Security of the platform and retention of connection data', legalBasis: 'legal-obligation' });

    const [retentionEn] = await cm.related('purpose', security.documentId, 'retention', 'en');
    const retention = (await cm.get('retention-period', retentionEn.documentId, 'en').expect(200)).body.data;
    expect(retention).toMatchObject({ label: 'Connection data', durationValue: 1, durationUnit: 'years' });

    const identityProof = entries().find((e) => e.key === 'retention.identity-proof')!;
    expect((await cm.get('retention-period', identityProof.documentId, 'fr').expect(200)).body.data).toMatchObject({ durationValue: 1, durationUnit: 'years' });
    const objection = entries().find((e) => e.key === 'retention.objection-record')!;
    expect((await cm.get('retention-period', objection.documentId, 'fr').expect(200)).body.data).toMatchObject({ durationValue: 3, durationUnit: 'years' });
    const audience = entries().find((e) => e.key === 'retention.audience-cookie')!;
    expect((await cm.get('retention-period', audience.documentId, 'en').expect(200)).body.data).toMatchObject({ durationValue: 13, durationUnit: 'months' });

    const rights = await cm.related('site', firstSite, 'rights', 'en');
    expect(rights).toHaveLength(9);
  });

  it('reuses entries an editor has changed without overwriting them', async () => {
    const cm = await contentManager();
    const access = entries().find((e) => e.key === 'right.access')!;
    await cm.update('right', access.documentId, { howToExercise: 'Écrivez à accueil@exemple.fr.' }, 'fr').expect(200);

    const secondSite = await newSite('Starter site two');
    const res = await apply(secondSite);
    expect(res.body.data.created).toEqual([]);
    expect(res.body.data.reused).toHaveLength(35);
    expect((await cm.get('right', access.documentId, 'fr').expect(200)).body.data.howToExercise).toBe('Écrivez à accueil@exemple.fr.');

    const again = await apply(secondSite);
    expect(again.body.data.linked).toEqual([]);
  });

  it('adds only the chosen items and what they depend on', async () => {
    const cm = await contentManager();
    const site = await newSite('Starter site three', ['fr']);
    const res = await apply(site, { keys: ['purpose.security'] });
    expect(res.body.data.linked).toEqual([
      { locale: 'fr', field: 'purposes', count: 1 },
      { locale: 'fr', field: 'recipients', count: 2 },
    ]);
    expect(await cm.related('site', site, 'rights', 'fr')).toEqual([]);
  });

  it('lists its items with their titles in the asked locale', async () => {
    const res = await asAdmin(await superAdminJwt()).get('/legal-pages/starter-library?locale=fr').expect(200);
    expect(res.body.data).toEqual(
      expect.arrayContaining([
        { section: 'purpose', key: 'purpose.accounts', label: 'Gestion des comptes des utilisateurs', kinds: ['public-body'] },
        { section: 'right', key: 'right.post-mortem', label: expect.stringMatching(/^Directives/), kinds: ['public-body', 'company', 'association', 'person'] },
      ])
    );
    const en = await asAdmin(await superAdminJwt()).get('/legal-pages/starter-library?locale=en').expect(200);
    expect(en.body.data).toEqual(
      expect.arrayContaining([{ section: 'right', key: 'right.access', label: 'Right of access', kinds: ['public-body', 'company', 'association', 'person'] }])
    );
  });

  it('answers 400 naming an unknown item, 404 for an unknown site, 403 without the compose permission', async () => {
    const site = await newSite('Starter site four', ['fr']);
    const bad = await apply(site, { keys: ['purpose.accounts', 'purpose.mind-reading'] }, 400);
    expect(bad.body.error.message).toMatch(/keys\[1\] "purpose.mind-reading" is not an item of the starter library/);
    await apply('doesnotexist000000000000', {}, 404);

    const reader = await createAdminUser([await createAdminRole([{ action: 'plugin::legal-pages.read' }])]);
    await asAdmin(reader.token).post(`/legal-pages/sites/${site}/starter-library`).send({}).expect(403);
  });
});
