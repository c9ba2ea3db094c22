import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { canonicalEnvelope, encodeVersion, jsonBody, jsonEnvelope, treeJsonOf } from '../../../server/src/public/representation';
import publicPages from '../../../server/src/public/pages-service';
import type { PageAddress, VersionMeta } from '../../../server/src/public/pages-service';

const meta: VersionMeta = {
  id: 1,
  number: 1,
  effectiveAt: '2026-01-01T00:00:00.000Z',
  publishedOn: '2026-01-01T00:00:00.000Z',
  changeSummary: null,
  contentHash: 'b'.repeat(64),
  publishedWithErrors: false,
  withdrawnAt: null,
  withdrawalReason: null,
  consentRevision: null,
};
const page: PageAddress = { siteDocumentId: 'doc', slug: 'site', kind: 'privacy-policy', locale: 'fr', publishedNow: true, retiredAt: null };
const row = { ...meta, siteDocumentId: 'doc', siteSlug: 'site', kind: 'privacy-policy' as const, locale: 'fr', html: '<article>é</article>'.repeat(50), markdown: '# Titre', plainText: 'Titre', tree: { title: 'Titre’' } };

/** The version table of one row, as the query engine returns it; counts the reads. */
const setup = async (stored: boolean, capacity = 1 << 20) => {
  const reads: string[][] = [];
  const encodings = stored
    ? await encodeVersion({ html: row.html, markdown: row.markdown, plainText: row.plainText, treeJson: treeJsonOf(row.tree) }, canonicalEnvelope('site', row))
    : null;
  const strapi = {
    config: { get: () => ({ publicBodyCacheBytes: capacity, publicCacheTtlMs: 1000 }) },
    db: {
      query: () => ({
        findOne: async ({ select }: { select: string[] }) => {
          reads.push(select);
          return { ...row, encodings: encodings && JSON.stringify(encodings) };
        },
      }),
    },
  };
  return { reads, service: publicPages({ strapi: strapi as never }) };
};

const plainJson = jsonBody(jsonEnvelope(page, meta, null), treeJsonOf(row.tree));

describe('the bytes the public routes send', () => {
  it('takes the copies stored at publication, then answers from memory', async () => {
    const { reads, service } = await setup(true);
    const br = await service.representation(1, 'json', 'br', jsonEnvelope(page, meta, null));
    expect(brotliDecompressSync(br).toString('utf8')).toBe(plainJson);
    const gzip = await service.representation(1, 'html', 'gzip');
    expect(gunzipSync(gzip).toString('utf8')).toBe(row.html);
    await service.representation(1, 'json', 'br', jsonEnvelope(page, meta, null));
    // One read of the stored copies served both; nothing composed or compressed from the bodies.
    expect(reads).toEqual([['encodings']]);
  });

  it('compresses once what was not stored (an older version, another envelope), and shares it between simultaneous requests', async () => {
    const { reads, service } = await setup(false);
    const envelope = jsonEnvelope(page, meta);
    const answers = await Promise.all(Array.from({ length: 10 }, () => service.representation(1, 'json', 'gzip', envelope)));
    for (const answer of answers) expect(gunzipSync(answer).toString('utf8')).toBe(jsonBody(envelope, treeJsonOf(row.tree)));
    expect(reads.length).toBe(2); // the (absent) stored copies, then the bodies
    const plain = await service.representation(1, 'json', 'identity', jsonEnvelope(page, meta, null));
    expect(plain.toString('utf8')).toBe(plainJson);
    expect(reads.length).toBe(2);
  });

  it('reads again what its byte budget could not keep', async () => {
    const { reads, service } = await setup(false, 0);
    await service.representation(1, 'html', 'identity');
    await service.representation(1, 'html', 'identity');
    expect(reads.length).toBe(2);
  });
});
