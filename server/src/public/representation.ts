import { CODINGS, compressEach, type Compressed } from './content-coding';
import { describeVersion, pageMeta, type DescribedVersion } from './describe';
import type { PageAddress, Scheduled } from './pages-service';
import type { Format } from './shape';

/**
 * The bytes the public routes send for one version, and the compressed copies stored with it at publication.
 * Shared by the controller (what a request gets) and publishing and import (what is stored), so both build the same
 * bytes.
 */

/**
 * The parts of the JSON answer around the document: they follow the site's slug, a withdrawal and a scheduled
 * successor, so they are assembled per request; the document itself never changes.
 */
export interface JsonEnvelope {
  head: string;
  meta: string;
}

/** `upcoming` undefined: the answer has no `meta.upcoming` (a version read by number or by date). */
export const jsonEnvelope = (page: PageAddress, version: DescribedVersion, upcoming?: Scheduled | null): JsonEnvelope => ({
  head: JSON.stringify(describeVersion(page, version)).slice(0, -1),
  meta: JSON.stringify(pageMeta(page, version, upcoming)),
});

export const jsonBody = (envelope: JsonEnvelope, treeJson: string) => `{"data":${envelope.head},"document":${treeJson}},"meta":${envelope.meta}}`;

export interface Bodies {
  html: string;
  markdown: string;
  plainText: string;
  treeJson: string;
}

export const formatText = (bodies: Bodies, format: Exclude<Format, 'json'>) =>
  format === 'html' ? bodies.html : format === 'markdown' ? bodies.markdown : bodies.plainText;

type StoredCodings = Record<Compressed, string>;

/**
 * A version's bodies compressed with each coding, base64 in the version's `encodings` JSON column (Strapi has no
 * binary attribute). They are written right after the version is created, from the row as the database gives it back.
 * The JSON is stored as the current page serves it when nothing is scheduled after it, with the envelope it was built
 * with: a request whose envelope differs (the site renamed, a successor scheduled, a read by number) is compressed on
 * demand instead.
 */
export interface StoredEncodings {
  html: StoredCodings;
  markdown: StoredCodings;
  text: StoredCodings;
  json: StoredCodings & JsonEnvelope;
}

const encodeText = async (text: string): Promise<StoredCodings> => {
  const compressed = await compressEach(Buffer.from(text));
  return { br: compressed.br.toString('base64'), gzip: compressed.gzip.toString('base64') };
};

/**
 * The envelope a version's current page has when nothing is scheduled after it and the site keeps the slug it
 * published under: the one stored.
 */
export const canonicalEnvelope = (slug: string, version: DescribedVersion & { siteDocumentId: string; kind: PageAddress['kind']; locale: string }) =>
  jsonEnvelope({ siteDocumentId: version.siteDocumentId, slug, kind: version.kind, locale: version.locale, publishedNow: true, retiredAt: null }, version, null);

export const encodeVersion = async (bodies: Bodies, envelope: JsonEnvelope): Promise<StoredEncodings> => {
  const [html, markdown, text, json] = await Promise.all([
    encodeText(bodies.html),
    encodeText(bodies.markdown),
    encodeText(bodies.plainText),
    encodeText(jsonBody(envelope, bodies.treeJson)),
  ]);
  return { html, markdown, text, json: { ...envelope, ...json } };
};

/**
 * The tree as the JSON route sends it: serialised from what the database gives back, since PostgreSQL's and MySQL's
 * JSON columns reorder keys; the stored compressed copy is built the same way, so both decode to the same bytes.
 */
export const treeJsonOf = (tree: unknown) => JSON.stringify(typeof tree === 'string' ? JSON.parse(tree) : tree);

/** Every stored representation with the key it answers to (see `representationKey`). */
export const storedRepresentations = (stored: unknown): Array<{ format: Format; coding: Compressed; envelope?: JsonEnvelope; bytes: Buffer }> => {
  const value = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Partial<StoredEncodings> | null;
  if (!value || typeof value !== 'object') return [];
  const found: Array<{ format: Format; coding: Compressed; envelope?: JsonEnvelope; bytes: Buffer }> = [];
  for (const format of ['html', 'markdown', 'text', 'json'] as const) {
    const entry = value[format] as (StoredCodings & Partial<JsonEnvelope>) | undefined;
    if (!entry) continue;
    if (format === 'json' && (typeof entry.head !== 'string' || typeof entry.meta !== 'string')) continue;
    for (const coding of CODINGS) {
      if (typeof entry[coding] !== 'string') continue;
      found.push({
        format,
        coding,
        ...(format === 'json' ? { envelope: { head: entry.head!, meta: entry.meta! } } : {}),
        bytes: Buffer.from(entry[coding], 'base64'),
      });
    }
  }
  return found;
};

/** One cache key per byte sequence sent: the version, the format, the coding and, for JSON, the envelope. */
export const representationKey = (id: number, format: Format, coding: string, envelope?: JsonEnvelope) =>
  `r\u0000${id}\u0000${format}\u0000${coding}${format === 'json' && envelope ? `\u0000${envelope.head}\u0000${envelope.meta}` : ''}`;
