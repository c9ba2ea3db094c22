/**
 * The controller's kind and country drive the law applied (issue 18, part 2), through the real Strapi: the purpose's
 * legal-basis reference and the controller's supervisory authority in the Content Manager, the findings they raise,
 * the starter sets per kind and the wizard's defaults.
 */
import { randomBytes } from 'node:crypto';
import { asAdmin, superAdminJwt } from './harness';
import { connect, contentManager } from './harness/content-manager';

const admin = async () => asAdmin(await superAdminJwt());
const suffix = () => randomBytes(3).toString('hex');

type Finding = { code: string; severity: string; source: { type: string; documentId: string } | null };

const company = (fields: Record<string, unknown> = {}) => ({
  name: `Exemple SAS ${suffix()}`,
  nameInText: 'proper-name',
  kind: 'company',
  legalForm: 'SAS',
  street: '10 rue du Commerce',
  postalCode: '75015',
  city: 'Paris',
  country: 'FR',
  phone: '01 23 45 67 89',
  email: 'contact@exemple-sas.fr',
  siren: '200046977',
  rcs: 'RCS Paris 200 046 977',
  shareCapital: 10000,
  ...fields,
});

/** A site of the given controller, in fr and en, with the starter set its kind is offered. */
const siteOf = async (controller: Record<string, unknown>) => {
  const cm = await contentManager();
  const organisation = await cm.make('organisation', controller);
  // A company need not appoint a DPO: this one says it has none.
  const noDpo = await cm.make('dpo-contact', { label: `Pas de délégué ${suffix()}`, appointed: false });
  const site = await cm.make(
    'site',
    {
      name: `Site ${suffix()}`,
      baseUrl: 'https://www.exemple-sas.fr',
      publishedLocales: ['fr', 'en'],
      designation: 'Société',
      designationGender: 'feminine',
      directorOfPublicationName: 'Claire Exemple',
      privacyPolicyUrl: '/confidentialite',
      cookiePolicyUrl: '/cookies',
      controller: connect(organisation.documentId),
      publisher: connect(organisation.documentId),
      dpo: connect(noDpo.documentId),
      transfersOutsideEea: 'no',
    },
    'fr',
  );
  await cm.update('site', site.documentId, { designation: 'Company', designationGender: 'feminine' }, 'en').expect(200);
  const applied = await (await admin()).post(`/legal-pages/sites/${site.documentId}/starter-library`).send({}).expect(200);
  return { site, organisation, report: applied.body.data as { created: Array<{ key: string }>; reused: Array<{ key: string }> } };
};

const preview = async (siteId: string, kind = 'privacy-policy', locale = 'fr') =>
  (await (await admin()).get(`/legal-pages/sites/${siteId}/pages/${kind}/${locale}/preview`).expect(200)).body.data as { findings: Finding[]; html: string };

describe('the purpose’s legal-basis reference in the Content Manager', () => {
  it('stores the citation per locale and the link once, and prints both next to the basis', async () => {
    const cm = await contentManager();
    const purpose = await cm.make(
      'purpose',
      {
        title: 'Facturation',
        legalBasis: 'legal-obligation',
        requirement: 'optional',
        legalBasisReference: 'Code de commerce, art. L123-22',
        legalBasisReferenceUrl: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006219327',
      },
      'fr',
    );
    await cm.update('purpose', purpose.documentId, { title: 'Invoicing', legalBasisReference: 'French Commercial Code, art. L123-22' }, 'en').expect(200);
    const fr = (await cm.get('purpose', purpose.documentId, 'fr').expect(200)).body.data;
    const en = (await cm.get('purpose', purpose.documentId, 'en').expect(200)).body.data;
    expect(fr).toMatchObject({ legalBasisReference: 'Code de commerce, art. L123-22', legalBasisReferenceUrl: expect.stringMatching(/^https:\/\/www\.legifrance/) });
    expect(en).toMatchObject({ legalBasisReference: 'French Commercial Code, art. L123-22', legalBasisReferenceUrl: fr.legalBasisReferenceUrl });

    const { site } = await siteOf(company());
    await cm.update('site', site.documentId, { purposes: connect(purpose.documentId) }, 'fr').expect(200);
    const { html } = await preview(site.documentId);
    expect(html).toContain('Code de commerce, art. L123-22</a>)');
  });

  it('has its label and help in the Content Manager', async () => {
    const configuration = (await (await admin()).get('/content-manager/content-types/plugin::legal-pages.purpose/configuration').expect(200)).body.data;
    expect(configuration.contentType.metadatas.legalBasisReference.edit).toMatchObject({ label: 'Law the basis rests on', description: expect.stringMatching(/Art\. 6\(3\)/) });
    const organisation = (await (await admin()).get('/content-manager/content-types/plugin::legal-pages.organisation/configuration').expect(200)).body.data;
    expect(organisation.contentType.metadatas.supervisoryAuthorityName.edit).toMatchObject({ label: 'Supervisory authority' });
  });
});

describe('bases that do not fit the controller’s kind', () => {
  it('a company gets the company set: no public task, and no error in its privacy policy', async () => {
    const { site, report } = await siteOf(company());
    const keys = [...report.created, ...report.reused].map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['purpose.customer-accounts', 'purpose.invoicing', 'purpose.prospects', 'purpose.mailing-list']));
    expect(keys).not.toContain('purpose.accounts');
    for (const locale of ['fr', 'en']) {
      const { findings } = await preview(site.documentId, 'privacy-policy', locale);
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.map((f) => f.code)).not.toContain('gdpr.6.1.e.private-body');
    }
  });

  it('a company with a public-task purpose gets the warning, pointing at the purpose', async () => {
    const cm = await contentManager();
    const { site } = await siteOf(company());
    const purpose = await cm.make('purpose', { title: 'Mission de service public', legalBasis: 'public-task', requirement: 'optional' }, 'fr');
    await cm.update('site', site.documentId, { purposes: connect(purpose.documentId) }, 'fr').expect(200);
    const warning = (await preview(site.documentId)).findings.find((f) => f.code === 'gdpr.6.1.e.private-body');
    expect(warning).toMatchObject({ severity: 'warning', source: { type: 'purpose', documentId: purpose.documentId } });
  });

  it('an association gets members and donations', async () => {
    const { report, site } = await siteOf(company({ kind: 'association', name: `Les Amis ${suffix()}`, rcs: null, shareCapital: null, siren: null }));
    expect([...report.created, ...report.reused].map((e) => e.key)).toEqual(expect.arrayContaining(['purpose.members', 'purpose.donations']));
    expect((await preview(site.documentId)).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the supervisory authority follows the controller’s country', () => {
  it('a controller outside France gets a finding on its organisation, and no CNIL, until it names its authority', async () => {
    const irish = company({ street: '1 Grand Canal Square', postalCode: 'D02 P820', city: 'Dublin', country: 'IE', siren: null, rcs: null });
    const { site, organisation } = await siteOf(irish);
    const before = await preview(site.documentId, 'privacy-policy', 'en');
    expect(before.findings.find((f) => f.code === 'gdpr.13.2.d.supervisory-authority')).toMatchObject({
      severity: 'warning',
      source: { type: 'organisation', documentId: organisation.documentId },
    });
    // The starter set's retention rules cite CNIL guidance as their source; the page must not send complaints there.
    expect(before.html).not.toMatch(/Commission nationale|French data protection authority|78-17|French Data Protection Act|after your death/);

    const cm = await contentManager();
    await cm
      .update('organisation', organisation.documentId, {
        supervisoryAuthorityName: 'Data Protection Commission',
        supervisoryAuthorityStreet: '21 Fitzwilliam Square South',
        supervisoryAuthorityPostalCode: 'D02 RD28',
        supervisoryAuthorityCity: 'Dublin 2',
        supervisoryAuthorityCountry: 'IE',
        supervisoryAuthorityWebsite: 'https://www.dataprotection.ie',
      })
      .expect(200);
    const after = await preview(site.documentId, 'privacy-policy', 'en');
    expect(after.findings.map((f) => f.code)).not.toContain('gdpr.13.2.d.supervisory-authority');
    expect(after.html).toContain('Competent authority: Data Protection Commission');
    expect(after.html).not.toMatch(/Commission nationale|French data protection authority/);
  });

  it('a controller in France keeps the CNIL with no finding', async () => {
    const { site } = await siteOf(company());
    const { findings, html } = await preview(site.documentId);
    expect(findings.map((f) => f.code)).not.toContain('gdpr.13.2.d.supervisory-authority');
    expect(html).toContain('Commission nationale de l');
  });
});

describe('the starter library and the wizard by kind of controller', () => {
  it('lists one kind’s set, each item with the kinds it is offered to', async () => {
    const res = await (await admin()).get('/legal-pages/starter-library?locale=en&kind=company').expect(200);
    const keys = res.body.data.map((item: { key: string }) => item.key);
    expect(keys).toEqual(expect.arrayContaining(['purpose.invoicing', 'purpose.prospects', 'right.access']));
    expect(keys).not.toContain('purpose.accounts');
    expect(res.body.data.find((item: { key: string }) => item.key === 'purpose.invoicing')).toEqual({
      section: 'purpose',
      key: 'purpose.invoicing',
      label: 'Invoicing and bookkeeping',
      kinds: ['company', 'person'],
    });
    const bad = await (await admin()).get('/legal-pages/starter-library?kind=government').expect(400);
    expect(bad.body.error.message).toMatch(/kind must be one of: public-body, company, association, person/);
  });

  it('gives the wizard the designation of each kind of controller', async () => {
    const options = (await (await admin()).get('/legal-pages/site-setup').expect(200)).body.data;
    expect(options.designations.company).toEqual({ fr: { designation: 'Société', designationGender: 'feminine' }, en: { designation: 'Company', designationGender: 'feminine' } });
    expect(options.designations.association.fr).toEqual({ designation: 'Association', designationGender: 'feminine' });
    expect(options.designations['public-body'].fr).toEqual({ designation: 'Commune', designationGender: 'feminine' });
    expect(options.designations.person).toEqual({ fr: null, en: null });
  });
});
