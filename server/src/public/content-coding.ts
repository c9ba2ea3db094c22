import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Content codings the public routes serve, best first: brotli is smaller than gzip on text at the same cost to read. */
export const CODINGS = ['br', 'gzip'] as const;
export type Compressed = (typeof CODINGS)[number];
export type Coding = Compressed | 'identity';

const Q_VALUE = /^\s*q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i;

/**
 * The coding to answer with, from a request's `Accept-Encoding` (RFC 9110 §12.5.3): the listed coding of highest
 * weight, `*` standing for codings not listed; on equal weights ours is chosen (br, then gzip) — negotiator, which koa
 * uses, breaks ties by the header's order, and browsers list gzip first. `q=0` refuses a coding. Identity is sent
 * without the header (a client that asks for nothing gets plain bytes), when nothing we have is acceptable, or when
 * the client lists identity explicitly above every coding we have.
 */
export const negotiateCoding = (header: string | undefined): Coding => {
  if (!header) return 'identity';
  let coding = negotiated.get(header);
  if (coding === undefined) {
    coding = parseAcceptEncoding(header);
    // Clients send a handful of distinct headers: remembering them spares the parsing on every request, and the
    // bound keeps made-up headers from growing the map.
    if (negotiated.size >= NEGOTIATED_MAX) negotiated.delete(negotiated.keys().next().value as string);
    negotiated.set(header, coding);
  }
  return coding;
};

const NEGOTIATED_MAX = 64;
const negotiated = new Map<string, Coding>();

const parseAcceptEncoding = (header: string): Coding => {
  const weights = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name, ...params] = item.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding || weights.has(coding)) continue;
    let q = 1;
    for (const param of params) {
      if (!/^\s*q\s*=/i.test(param)) continue;
      const match = Q_VALUE.exec(param);
      // A malformed weight is no consent to a coding.
      q = match ? Number(match[1]) : 0;
    }
    weights.set(coding, q);
  }
  const any = weights.get('*');
  let best: Coding = 'identity';
  let bestQ = 0;
  for (const coding of CODINGS) {
    const q = weights.get(coding) ?? any ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  const identity = weights.get('identity');
  return identity !== undefined && identity > bestQ ? 'identity' : best;
};

/**
 * Brotli quality 9 rather than 11: on legal pages it is within about 10 % of 11's size at a twentieth of its time,
 * so publishing, importing 1,000 versions or compressing an older version on its first request stays quick.
 */
const BROTLI_QUALITY = 9;
const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/** Runs on libuv's thread pool: a large page being compressed does not hold up other requests. */
export const compress = (bytes: Buffer, coding: Compressed): Promise<Buffer> =>
  coding === 'br'
    ? compressBrotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : compressGzip(bytes, { level: 9 });

export const compressEach = async (bytes: Buffer): Promise<Record<Compressed, Buffer>> => {
  const [br, gz] = await Promise.all([compress(bytes, 'br'), compress(bytes, 'gzip')]);
  return { br, gzip: gz };
};
