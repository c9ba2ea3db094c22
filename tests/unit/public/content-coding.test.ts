import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { compress, compressEach, negotiateCoding } from '../../../server/src/public/content-coding';

describe('Accept-Encoding negotiation', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['br, gzip', 'br'],
    ['gzip, br', 'br'],
    // Chrome and Firefox list gzip first: equal weights, so ours decides.
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['*', 'br'],
    ['BR', 'br'],
    [' gzip ; q=1 , br ; q=0.5', 'gzip'],
    ['br;q=0.8, gzip;q=0.9', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*;q=0', 'identity'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=0.5, identity', 'identity'],
    ['identity, gzip', 'gzip'],
    ['identity;q=0, br', 'br'],
    ['br;q=2', 'identity'],
    ['br;q=abc, gzip', 'gzip'],
    ['br;level=5', 'br'],
    [',,', 'identity'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateCoding(header)).toBe(expected);
  });
});

describe('compression', () => {
  const text = Buffer.from('Politique de confidentialité — l’article 5 décrit les finalités. '.repeat(200));

  it('decodes to the same bytes with each coding, much smaller', async () => {
    const { br, gzip } = await compressEach(text);
    expect(brotliDecompressSync(br).equals(text)).toBe(true);
    expect(gunzipSync(gzip).equals(text)).toBe(true);
    expect(br.byteLength).toBeLessThan(text.byteLength / 10);
    expect(gzip.byteLength).toBeLessThan(text.byteLength / 10);
  });

  it('is deterministic: the same bytes compress to the same bytes', async () => {
    expect((await compress(text, 'gzip')).equals(await compress(text, 'gzip'))).toBe(true);
    expect((await compress(text, 'br')).equals(await compress(text, 'br'))).toBe(true);
  });
});
