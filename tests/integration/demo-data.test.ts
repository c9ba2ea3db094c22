import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { asAdmin, http, superAdminJwt } from './harness';
import { contentManager } from './harness/content-manager';

const root = path.resolve(__dirname, '../..');

interface DemoLoad {
  loaded: string[];
  published: string[];
  blocked: string[];
}

/** Runs the demo loader in its own Strapi process against the database this run uses. */
const loadDemo = async (): Promise<DemoLoad> => {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts/demo.js'), '--load-only'], {
    env: { ...process.env, STRAPI_LOG_LEVEL: 'error' },
    maxBuffer: 10 * 1024 * 1024,
  });
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{"loaded"'));
  if (!line) throw new Error(`the demo loader printed no report:\n${stdout}`);
  return JSON.parse(line) as DemoLoad;
};

type Cm = Awaited<ReturnType<typeof contentManager>>;

const siteNamed = async (cm: Cm, name: string) => {
  const [site] = await cm.find('site', { name }, 'fr');
  expect(site).toBeDefined();
  return site;
};

const one = async (cm: Cm, type: string, siteId: string, field: string, target: string, locale?: string) => {
  const [linked] = await cm.related('site', siteId, field, 'fr');
  return (await cm.get(target, linked.documentId, locale).expect(200)).body.data as Record<string, unknown>;
};

const purposeTitles = async (cm: Cm, siteId: string, locale: string) =>
  (await cm.related('site', siteId, 'purposes', locale)).map((p) => p.title as string).sort();

describe('demo data modelled on the shared seeds', () => {
  let cm: Cm;
  let first: DemoLoad;

  beforeAll(async () => {
    first = await loadDemo();
    expect(first.loaded).toEqual(['Open data Clermont Auvergne Métropole', 'Plateforme data Nîmes Métropole', 'Open data Brest métropole']);
    cm = await contentManager();
  }, 120000);

  it('publishes every page that passes the compliance check, so the README\'s curl example answers at once', async () => {
    expect(first.published).toContain('open-data-clermont-auvergne-metropole/privacy-policy?locale=fr');
    // The seeds name no phone for their host, which the LCEN requires: their legal notices stay blocked.
    expect(first.blocked).toContain('open-data-clermont-auvergne-metropole/legal-notice?locale=fr');
    for (const page of first.blocked) {
      const [slug, rest] = page.split('/');
      const [kind, query] = rest.split('?');
      await http().get(`/api/legal-pages/pages/${slug}/${kind}?${query}`).expect(404);
    }
    const res = await http().get('/api/legal-pages/pages/open-data-clermont-auvergne-metropole/privacy-policy?locale=fr&format=html').expect(200);
    expect(res.text).toContain('<article');
    expect(res.text).toContain('Clermont Auvergne Métropole');
  });

  it('holds the legal notice facts of seed 000 (Clermont Auvergne Métropole)', async () => {
    const site = await siteNamed(cm, 'Open data Clermont Auvergne Métropole');
    expect(site).toMatchObject({ directorOfPublicationName: 'Olivier Bianchi', directorOfPublicationTitle: 'Président de Clermont Auvergne Métropole' });
    const full = (await cm.get('site', site.documentId, 'fr').expect(200)).body.data;
    expect(full.editorialManagement).toMatch(/direction des projets de métropole intelligente/);

    const publisher = await one(cm, 'site', site.documentId, 'publisher', 'organisation');
    expect(publisher).toMatchObject({
      name: 'Clermont Auvergne Métropole',
      street: '64-66 avenue de l’Union soviétique',
      postalCode: '63000',
      city: 'Clermont-Ferrand',
      phone: '04 73 98 34 00',
      website: 'https://www.clermontmetropole.eu',
    });
    expect((await one(cm, 'site', site.documentId, 'host', 'organisation')).name).toBe('OpenDataSoft');
    expect((await one(cm, 'site', site.documentId, 'dpo', 'dpo-contact')).email).toBe('cnil@clermont-metropole.eu');
  });

  it('holds the privacy facts of seed 001 (Nîmes Métropole), its foreign DPO address included', async () => {
    const site = await siteNamed(cm, 'Plateforme data Nîmes Métropole');
    expect(site.baseUrl).toBe('https://data.nimes-metropole.fr');
    const dpo = await one(cm, 'site', site.documentId, 'dpo', 'dpo-contact');
    expect(dpo).toMatchObject({ email: 'dpo@ampmetropole.fr', street: '3 rue du Colisée', postalCode: '30947', city: 'Nîmes Cedex 9' });
    expect((await one(cm, 'site', site.documentId, 'controller', 'organisation')).name).toBe('Nîmes Métropole');

    expect(await purposeTitles(cm, site.documentId, 'fr')).toEqual([
      'Envoi de lettres d’information',
      'Fonctionnement et amélioration de la plateforme',
      'Gestion des bénéficiaires',
      'Gestion des demandes d’exercice des droits',
      'Statistiques de fréquentation',
    ]);
    expect(await purposeTitles(cm, site.documentId, 'en')).toContain('Sending newsletters');

    const rights = await cm.related('site', site.documentId, 'rights', 'fr');
    expect(rights).toHaveLength(9);
    const [cookie] = await cm.related('site', site.documentId, 'cookies', 'fr');
    expect((await cm.get('cookie', cookie.documentId, 'fr').expect(200)).body.data).toMatchObject({ durationValue: 13, durationUnit: 'months' });
  });

  it('holds the retention rules of seeds 001 and 002 with their legal reference', async () => {
    const site = await siteNamed(cm, 'Open data Brest métropole');
    const purposes = await cm.related('site', site.documentId, 'purposes', 'fr');
    const rightsPurpose = purposes.find((p) => p.title === 'Gestion des demandes d’exercice des droits')!;
    const purpose = (await cm.get('purpose', rightsPurpose.documentId, 'fr').expect(200)).body.data;
    expect(purpose.legalBasis).toBe('legal-obligation');
    const [retention] = await cm.related('purpose', rightsPurpose.documentId, 'retention', 'fr');
    expect((await cm.get('retention-period', retention.documentId, 'fr').expect(200)).body.data).toMatchObject({
      durationValue: 1,
      durationUnit: 'years',
      legalReference: 'Code de procédure pénale, art. 9',
    });
    const newsletter = purposes.find((p) => p.title === 'Envoi de lettres d’information')!;
    const [objection] = await cm.related('purpose', newsletter.documentId, 'retention', 'fr');
    expect((await cm.get('retention-period', objection.documentId, 'fr').expect(200)).body.data).toMatchObject({ durationValue: 3, durationUnit: 'years' });
  });

  it('holds the facts of seed 002 (Brest métropole): DPO, purposes and a legal basis for each', async () => {
    const site = await siteNamed(cm, 'Open data Brest métropole');
    const dpo = await one(cm, 'site', site.documentId, 'dpo', 'dpo-contact');
    expect(dpo).toMatchObject({ email: 'delegue.protectiondesdonnees@brest-metropole.fr', postalCode: '29238', city: 'Brest Cedex 2' });
    const purposes = await cm.related('site', site.documentId, 'purposes', 'fr');
    expect(purposes).toHaveLength(7);
    for (const p of purposes) {
      expect((await cm.get('purpose', p.documentId, 'fr').expect(200)).body.data.legalBasis).toEqual(expect.any(String));
    }
    expect(purposes.map((p) => p.title)).toEqual(expect.arrayContaining(['Gestion des paiements', 'Gestion des impayés et du contentieux']));
  });

  it('gives the DPO the record of the demo data in French and in English, every Art. 30(1) item for every activity', async () => {
    const slugs = ['open-data-clermont-auvergne-metropole', 'plateforme-data-nimes-metropole', 'open-data-brest-metropole'];
    const ITEMS = ['controller', 'dpo', 'legalBasis', 'dataSubjects', 'dataCategories', 'retention', 'securityMeasures'];
    for (const locale of ['fr', 'en']) {
      const res = await asAdmin(await superAdminJwt()).get(`/legal-pages/register?locale=${locale}`).expect(200);
      const activities = (res.body.data as Array<Record<string, any>>).filter((a) => a.sites.some((s: { slug: string }) => slugs.includes(s.slug)));
      // 1 purpose for Clermont, 5 for Nîmes, 7 for Brest: each its own activity (their controllers differ).
      expect(activities).toHaveLength(13);
      for (const activity of activities) {
        expect([activity.activity, ITEMS.filter((item) => !activity[item] || (Array.isArray(activity[item]) && activity[item].length === 0))]).toEqual([activity.activity, []]);
        expect([activity.activity, activity.missing]).toEqual([activity.activity, []]);
        expect(activity.sites).toHaveLength(1);
        expect(activity.sites[0].locales).toEqual(['en', 'fr']);
      }
      const newsletter = activities.find((a) => a.sites[0].slug === 'plateforme-data-nimes-metropole' && /newsletter|lettres d’information/.test(a.activity))!;
      expect(newsletter).toMatchObject(
        locale === 'fr'
          ? { activity: 'Envoi de lettres d’information', dataSubjects: ['Abonnés à la lettre d’information'], controller: expect.objectContaining({ name: 'Nîmes Métropole' }) }
          : { activity: 'Sending newsletters', dataSubjects: ['Newsletter subscribers'], legalBasis: expect.stringMatching(/^consent \(Article/) }
      );
      // The Clermont privacy policy in French is published by the loader (see the first test).
      const clermont = activities.find((a) => a.sites[0].slug === slugs[0])!;
      expect(clermont.publishedIn).toEqual(expect.arrayContaining([expect.objectContaining({ site: slugs[0], kind: 'privacy-policy', locale: 'fr', inForce: true })]));
      expect(clermont.securityMeasures.map((m: { kind: string }) => m.kind)).toEqual(['access-control', 'traceability', 'backup', 'encryption', 'processor-control']);
    }
  });

  it('leaves existing sites alone when loaded again', async () => {
    expect(await loadDemo()).toEqual({ loaded: [], published: [], blocked: first.blocked });
  }, 120000);
});
