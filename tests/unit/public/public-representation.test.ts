import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  canonicalEnvelope,
  encodeVersion,
  jsonBody,
  jsonEnvelope,
  representationKey,
  storedRepresentations,
  treeJsonOf,
} from '../../../server/src/public/representation';
import type { PageAddress, VersionMeta } from '../../../server/src/public/pages-service';

const version: VersionMeta = {
  id: 7,
  number: 3,
  effectiveAt: '2026-12-01T00:00:00.000Z',
  publishedOn: '2026-11-23T10:12:00.000Z',
  changeSummary: 'Nouveau DPO',
  contentHash: 'a'.repeat(64),
  publishedWithErrors: false,
  withdrawnAt: null,
  withdrawalReason: null,
  consentRevision: 2,
};
const page: PageAddress = { siteDocumentId: 'doc1', slug: 'open-data', kind: 'cookie-policy', locale: 'fr', publishedNow: true, retiredAt: null };
const bodies = { html: '<article>é</article>', markdown: '# Cookies’', plainText: 'Cookies', treeJson: treeJsonOf({ title: 'Cookies', sections: [] }) };

describe('the bytes of a public answer', () => {
  it('builds the JSON answer the route has always sent', () => {
    const body = JSON.parse(jsonBody(jsonEnvelope(page, version, null), bodies.treeJson));
    expect(body).toEqual({
      data: expect.objectContaining({ site: 'open-data', version: 3, consentRevision: 2, withdrawn: null, document: { title: 'Cookies', sections: [] } }),
      meta: { upcoming: null, consentRevision: 2 },
    });
    expect(JSON.parse(jsonBody(jsonEnvelope(page, version), bodies.treeJson)).meta).toEqual({ consentRevision: 2 });
  });

  it('stores compressed copies that decode to exactly what the route sends, the JSON under the current page’s envelope', async () => {
    const envelope = canonicalEnvelope('open-data', { ...version, siteDocumentId: 'doc1', kind: 'cookie-policy', locale: 'fr' });
    expect(envelope).toEqual(jsonEnvelope(page, version, null));
    // Through JSON, as the database column holds it.
    const stored = storedRepresentations(JSON.stringify(await encodeVersion(bodies, envelope)));
    expect(stored).toHaveLength(8);
    const plain = { html: bodies.html, markdown: bodies.markdown, text: bodies.plainText, json: jsonBody(envelope, bodies.treeJson) };
    for (const entry of stored) {
      const decoded = (entry.coding === 'br' ? brotliDecompressSync(entry.bytes) : gunzipSync(entry.bytes)).toString('utf8');
      expect({ format: entry.format, decoded }).toEqual({ format: entry.format, decoded: plain[entry.format] });
      // Found again under the key a request for the same bytes computes.
      expect(representationKey(7, entry.format, entry.coding, entry.envelope)).toBe(
        representationKey(7, entry.format, entry.coding, entry.format === 'json' ? jsonEnvelope(page, version, null) : undefined)
      );
    }
  });

  it('keys a JSON answer by its envelope: renamed site, scheduled successor and read by number are other bytes', () => {
    const current = representationKey(7, 'json', 'br', jsonEnvelope(page, version, null));
    expect(representationKey(7, 'json', 'br', jsonEnvelope({ ...page, slug: 'renamed' }, version, null))).not.toBe(current);
    expect(representationKey(7, 'json', 'br', jsonEnvelope(page, version, { number: 4, effectiveAt: '2027-01-01T00:00:00.000Z' }))).not.toBe(current);
    expect(representationKey(7, 'json', 'br', jsonEnvelope(page, version))).not.toBe(current);
    expect(representationKey(7, 'json', 'gzip', jsonEnvelope(page, version, null))).not.toBe(current);
    expect(representationKey(7, 'html', 'br')).toBe(representationKey(7, 'html', 'br', jsonEnvelope(page, version, null)));
  });

  it('ignores what is not a stored copy (a version published before them, a damaged value)', () => {
    expect(storedRepresentations(null)).toEqual([]);
    expect(storedRepresentations({ json: { br: 'AAAA' } })).toEqual([]);
    expect(storedRepresentations({ html: { br: 'AAAA', gzip: 3 } }).map((e) => e.coding)).toEqual(['br']);
  });
});
