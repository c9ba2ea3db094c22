import { FIELD_HELP } from '../../server/src/content-manager/field-help';
import { ENTRY_TYPES, USAGE_PATHS, sitesUsing, usageQueries, type SharedEntryType } from '../../server/src/mapping/entry-usage';
import contentTypes from '../../server/src/content-types';

/** Which sites an entry feeds: the paths from a site to each type, the query they build and the walk of its answer. */
describe('USAGE_PATHS', () => {
  const attributesOf = (type: string) =>
    (contentTypes as Record<string, { schema: { attributes: Record<string, { type: string; target?: string }> } }>)[type].schema.attributes;

  it('reaches every type through relations that exist, ending on that type', () => {
    const wrong = (Object.entries(USAGE_PATHS) as Array<[SharedEntryType, string[]]>).flatMap(([type, paths]) =>
      paths.flatMap((path) => {
        let at = 'site';
        for (const segment of path.split('.')) {
          const attribute = attributesOf(at)[segment];
          if (attribute?.type !== 'relation' || !attribute.target) return [`${path}: ${at}.${segment} is not a relation`];
          at = attribute.target.replace('plugin::legal-pages.', '');
        }
        return at === type ? [] : [`${path}: ends on ${at}, not ${type}`];
      })
    );
    expect(wrong).toEqual([]);
  });

  it('covers every type the Content Manager shows but the site and the page', () => {
    expect(new Set(ENTRY_TYPES)).toEqual(new Set(Object.keys(FIELD_HELP).filter((type) => type !== 'page')));
    expect(Object.keys(USAGE_PATHS).sort()).toEqual(ENTRY_TYPES.filter((type) => type !== 'site').sort());
  });
});

describe('usageQueries', () => {
  it('asks, one path at a time, for the sites that reach the entries, loading nothing but ids along the path', () => {
    expect(usageQueries([{ type: 'dpo-contact', documentId: 'd1' }, { type: 'dpo-contact', documentId: 'd2' }, { type: 'retention-period', documentId: 'r1' }])).toEqual([
      { where: { dpo: { documentId: { $in: ['d1', 'd2'] } } }, populate: { dpo: { select: ['documentId'] } } },
      { where: { purposes: { retention: { documentId: { $in: ['r1'] } } } }, populate: { purposes: { select: ['documentId'], populate: { retention: { select: ['documentId'] } } } } },
      {
        where: { purposes: { retentionRules: { documentId: { $in: ['r1'] } } } },
        populate: { purposes: { select: ['documentId'], populate: { retentionRules: { select: ['documentId'] } } } },
      },
      {
        where: { purposes: { dataCategories: { erasure: { documentId: { $in: ['r1'] } } } } },
        populate: { purposes: { select: ['documentId'], populate: { dataCategories: { select: ['documentId'], populate: { erasure: { select: ['documentId'] } } } } } },
      },
    ]);
  });
});

describe('sitesUsing', () => {
  const host = { documentId: 'host' };
  const sites = [
    { documentId: 'b', name: 'Beta', locale: 'fr', host, purposes: [] },
    { documentId: 'b', name: 'Beta', locale: 'en', host, purposes: [] },
    { documentId: 'a', name: 'Alpha', locale: 'fr', host, purposes: [{ documentId: 'p1', recipients: [{ documentId: 'r1', organisation: { documentId: 'proc' } }] }] },
    { documentId: 'c', name: 'Gamma', locale: 'fr', host: null, processors: [{ documentId: 'proc' }] },
  ];

  it('names each site once, sorted, for each entry', () => {
    const usage = sitesUsing(sites, [{ type: 'organisation', documentId: 'host' }, { type: 'organisation', documentId: 'proc' }, { type: 'purpose', documentId: 'zzz' }], 'fr');
    expect(usage.get('organisation:host')).toEqual([{ documentId: 'a', name: 'Alpha' }, { documentId: 'b', name: 'Beta' }]);
    // Through a purpose's recipient's organisation, and as a processor.
    expect(usage.get('organisation:proc')).toEqual([{ documentId: 'a', name: 'Alpha' }, { documentId: 'c', name: 'Gamma' }]);
    expect(usage.get('purpose:zzz')).toEqual([]);
  });
});
