import { FIELD_HELP } from '../../server/src/content-manager/field-help';
import { PAGE_KINDS, SECTION_CATALOG } from '../../server/src/core';
import { sectionSources } from '../../server/src/mapping/section-sources';

/** The entries each section of the preview comes from, linked by the composer. */
const site = {
  documentId: 'site',
  name: 'Portail de la Région',
  controller: { documentId: 'ctrl', name: 'Région Bretagne', euRepresentative: null },
  publisher: { documentId: 'ctrl', name: 'Région Bretagne' },
  host: { documentId: 'host', name: 'Hébergeur' },
  processors: [{ documentId: 'proc', name: 'Routeur' }],
  dpo: { documentId: 'dpo', label: 'DPO de la Région' },
  purposes: [
    {
      documentId: 'p0',
      title: 'Lettre d’information',
      retention: { documentId: 'r0', label: '3 ans' },
      retentionRules: [],
      dataCategories: [{ documentId: 'dc0', name: 'Identité' }],
      dataSubjects: [{ documentId: 'ds0', name: 'Abonnés' }],
      recipients: [{ documentId: 'rec1', name: 'Prestataire d’envoi' }],
      transfers: [],
    },
    { documentId: 'p1', title: 'Comptes', retention: { documentId: 'r0', label: '3 ans' }, dataCategories: [{ documentId: 'dc0', name: 'Identité' }], recipients: [] },
  ],
  recipients: [{ documentId: 'rec0', name: 'Service communication' }],
  transfers: [],
  rights: [{ documentId: 'right0', kind: 'access' }],
  cookies: [{ documentId: 'cookie0', name: '_pk_id' }],
  accessibilityAudit: null,
  accessibilityContent: [],
};

const ids = (kind: (typeof PAGE_KINDS)[number]) => SECTION_CATALOG[kind].map((s) => s.id);
const refs = (entries: Array<{ type: string; documentId: string; field?: string }> | undefined) =>
  entries?.map((e) => `${e.type}:${e.documentId}${e.field ? `.${e.field}` : ''}`);

describe('sectionSources', () => {
  it('links each section of the privacy policy to its entries, each once', () => {
    const sources = sectionSources(site, 'privacy-policy', 'fr', ids('privacy-policy'));
    expect(refs(sources.controller)).toEqual(['organisation:ctrl']);
    expect(refs(sources.dpo)).toEqual(['dpo-contact:dpo']);
    expect(refs(sources.purposes)).toEqual(['purpose:p0', 'purpose:p1']);
    expect(refs(sources['data-categories'])).toEqual(['data-category:dc0', 'data-subject:ds0']);
    expect(refs(sources.recipients)).toEqual(['recipient:rec0', 'recipient:rec1', 'organisation:proc']);
    // No transfer: the site's list of transfers is where one is added.
    expect(refs(sources.transfers)).toEqual(['site:site.transfers']);
    expect(refs(sources.retention)).toEqual(['retention-period:r0']);
    expect(refs(sources.rights)).toEqual(['right:right0', 'dpo-contact:dpo']);
    expect(sources.changes).toBeUndefined();
  });

  it('names entries and gives translated ones the page’s locale', () => {
    const sources = sectionSources(site, 'privacy-policy', 'en', ids('privacy-policy'));
    expect(sources.purposes[0]).toEqual({ type: 'purpose', documentId: 'p0', locale: 'en', entryName: 'Lettre d’information' });
    expect(sources.dpo[0]).toEqual({ type: 'dpo-contact', documentId: 'dpo', entryName: 'DPO de la Région' });
  });

  it('sends a missing entry and the site’s own facts to the site’s field', () => {
    const legal = sectionSources({ ...site, host: null, dpo: null }, 'legal-notice', 'fr', ids('legal-notice'));
    expect(refs(legal.host)).toEqual(['site:site.host']);
    expect(refs(legal.director)).toEqual(['site:site.directorOfPublicationName']);
    expect(refs(legal['personal-data'])).toEqual(['site:site.personalDataNote']);
    const statement = sectionSources(site, 'accessibility-statement', 'fr', ids('accessibility-statement'));
    expect(refs(statement.conformity)).toEqual(['site:site.accessibilityAudit']);
    expect(statement.remedy).toBeUndefined();
  });

  it('names only fields the entries have', () => {
    const wrong = PAGE_KINDS.flatMap((kind) =>
      Object.entries(sectionSources({ ...site, host: null, dpo: null, controller: null }, kind, 'fr', ids(kind))).flatMap(([id, entries]) =>
        entries.flatMap((e) => (e.field && !FIELD_HELP[e.type]?.fields[e.field] ? [`${kind} ${id}: ${e.type}.${e.field}`] : []))
      )
    );
    expect(wrong).toEqual([]);
  });

  it('links every section of every kind but fixed text', () => {
    const fixed = new Set(['changes', 'what-is-a-cookie', 'remedy']);
    const unlinked = PAGE_KINDS.flatMap((kind) => {
      const sources = sectionSources(site, kind, 'fr', ids(kind));
      return ids(kind).filter((id) => !fixed.has(id) && !sources[id]?.length).map((id) => `${kind}: ${id}`);
    });
    expect(unlinked).toEqual([]);
  });
});
