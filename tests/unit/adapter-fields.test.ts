/**
 * The Strapi adapter's new fields: the purpose's legal-basis reference and the controller's supervisory authority,
 * as the Document Service middleware validates them and as the mapping hands them to the core.
 */
import { getLocalePack } from '../../server/src/core';
import { registerActivities } from '../../server/src/mapping/register';
import { toPageInput, type Doc } from '../../server/src/mapping/to-input';
import { rulesFor } from '../../server/src/validation/rules';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const rules = rulesFor(() => ['fr', 'en']);
const problems = (type: string, entry: Record<string, unknown>) => rules[type].flatMap((check) => check(entry));

const purpose = (fields: Record<string, unknown> = {}): Doc => ({
  documentId: 'invoicing',
  title: 'Facturation',
  legalBasis: 'legal-obligation',
  requirement: 'optional',
  ...fields,
});

const controller: Doc = {
  documentId: 'ctrl',
  name: 'Example Ltd',
  kind: 'company',
  street: '1 Grand Canal Square',
  postalCode: 'D02 P820',
  city: 'Dublin',
  country: 'IE',
};

const site = (fields: Record<string, unknown> = {}): Doc => ({
  documentId: 'site',
  name: 'Example',
  slug: 'example',
  baseUrl: 'https://www.example.ie',
  controller,
  purposes: [],
  ...fields,
});

describe('validation of the new fields (400 naming the field)', () => {
  it('purpose: the link to the law must be an https URL, and comes with its citation', () => {
    expect(problems('purpose', purpose({ legalBasisReference: 'Code de commerce, art. L123-22', legalBasisReferenceUrl: 'https://www.legifrance.gouv.fr/' }))).toEqual([]);
    expect(problems('purpose', purpose({ legalBasisReference: 'Code de commerce, art. L123-22', legalBasisReferenceUrl: 'javascript:alert(1)' })).map((p) => p.path)).toEqual([
      ['legalBasisReferenceUrl'],
    ]);
    const missing = problems('purpose', purpose({ legalBasisReferenceUrl: 'https://www.legifrance.gouv.fr/' }));
    expect(missing.map((p) => p.path)).toEqual([['legalBasisReference']]);
    expect(missing[0].message).toMatch(/^legalBasisReference is required/);
  });

  it('organisation: the authority’s links must be https URLs, and its address or links need its name', () => {
    const authority = { supervisoryAuthorityName: 'Data Protection Commission', supervisoryAuthorityWebsite: 'https://www.dataprotection.ie' };
    expect(problems('organisation', { ...controller, ...authority })).toEqual([]);
    expect(problems('organisation', { ...controller, ...authority, supervisoryAuthorityComplaintUrl: 'ftp://x' }).map((p) => p.path)).toEqual([
      ['supervisoryAuthorityComplaintUrl'],
    ]);
    expect(problems('organisation', { ...controller, supervisoryAuthorityStreet: '21 Fitzwilliam Square South' }).map((p) => p.path)).toEqual([
      ['supervisoryAuthorityName'],
    ]);
  });
});

describe('mapping the new fields onto the core’s input', () => {
  it('maps the purpose’s law, with its link, and leaves a blank one out', () => {
    const input = toPageInput(
      site({ purposes: [purpose({ legalBasisReference: ' Code de commerce, art. L123-22 ', legalBasisReferenceUrl: 'https://www.legifrance.gouv.fr/' }), purpose({ documentId: 'other', legalBasisReference: '  ' })] }),
      { kind: 'privacy-policy', locale: 'fr' },
    );
    expect(input.purposes![0].legalBasisReference).toEqual({ citation: 'Code de commerce, art. L123-22', url: 'https://www.legifrance.gouv.fr/' });
    expect(input.purposes![1].legalBasisReference).toBeUndefined();
  });

  it('maps the controller’s supervisory authority, and none when it names none', () => {
    const named = toPageInput(
      site({
        controller: {
          ...controller,
          supervisoryAuthorityName: 'Data Protection Commission',
          supervisoryAuthorityStreet: '21 Fitzwilliam Square South',
          supervisoryAuthorityPostalCode: 'D02 RD28',
          supervisoryAuthorityCity: 'Dublin 2',
          supervisoryAuthorityCountry: 'IE',
          supervisoryAuthorityWebsite: 'https://www.dataprotection.ie',
          supervisoryAuthorityComplaintUrl: 'https://forms.dataprotection.ie/contact',
        },
      }),
      { kind: 'privacy-policy', locale: 'en' },
    );
    expect(named.supervisoryAuthority).toEqual({
      name: 'Data Protection Commission',
      address: { street: '21 Fitzwilliam Square South', postalCode: 'D02 RD28', city: 'Dublin 2', country: 'IE' },
      website: 'https://www.dataprotection.ie',
      complaintUrl: 'https://forms.dataprotection.ie/contact',
    });
    expect(toPageInput(site(), { kind: 'privacy-policy', locale: 'en' }).supervisoryAuthority).toBeUndefined();
  });

  it('the register prints the basis with its law, as the page does', () => {
    const activities = (doc: Doc, locale: string) => registerActivities([{ site: doc, purposeLocales: {} }], [], getLocalePack(locale));
    const [row] = activities(site({ purposes: [purpose({ legalBasisReference: 'Code de commerce, art. L123-22' })] }), 'fr');
    expect(row.legalBasis).toBe(`obligation légale (article${NBSP}6.1.c du RGPD${NNBSP}; Code de commerce, art. L123-22)`);
    const [en] = activities(site({ purposes: [purpose({ legalBasisReference: 'French Commercial Code, art. L123-22' })] }), 'en');
    expect(en.legalBasis).toBe(`legal obligation (Article${NBSP}6(1)(c) GDPR; French Commercial Code, art. L123-22)`);
  });
});
