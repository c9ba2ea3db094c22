/**
 * Legal citations typed by editors — the place where hand-made pages go wrong: a right cited to the wrong GDPR
 * article, loi 78-17 and LCEN article numbers from before their renumbering. Each finding quotes the citation found
 * and names the one in force, from the one table of the law (law/citations.ts).
 */
import type { EditorTextField } from '../input/editor-text';
import type { LegalPageInput, RightKind } from '../input/types';
import { CITATIONS, RENUMBERINGS, RIGHT_CITATIONS, citationText, type CitationKey, type Law } from '../law/citations';
import { finding, type Finding } from './codes';
import { rightName } from './rules-gdpr';

/** Lower case without accents, typographic apostrophes made straight, same length as the text (to quote it back). */
const fold = (text: string) =>
  Array.from(text, (ch) => [...ch.normalize('NFD')][0].toLowerCase().slice(0, ch.length) || ch)
    .join('')
    .replace(/’/g, "'");

/** Which law a citation belongs to: the first law named after the article number, within the sentence. */
const LAW_MENTIONS: Array<[Law, RegExp]> = [
  ['gdpr', /\b(rgpd|gdpr|reglement (general|\(ue\)|ue)|general data protection regulation|regulation \(eu\) 2016\/679)/],
  ['loi-78-17', /(loi (n ?° ?|no\.? ?)?78-17|loi informatique( et libertes)?|informatique et libertes|loi du 6 janvier 1978|data protection act)/],
  ['lcen', /(2004-575|\blcen\b|confiance dans l'economie numerique)/],
  ['loi-2005-102', /(2005-102|loi du 11 fevrier 2005|loi handicap)/],
];

/** A sentence or a line (a heading) ends a citation; the dots of "No." and "art." do not. */
const SENTENCE_END = /(?<!\b(?:no|art))[.;!?](?:\s|$)|\n/;

const lawAfter = (folded: string, from: number): { law: Law; end: number } | null => {
  const rest = folded.slice(from, from + 120);
  const sentence = rest.search(SENTENCE_END);
  const window = sentence >= 0 ? rest.slice(0, sentence) : rest;
  let best: { law: Law; end: number; at: number } | null = null;
  for (const [law, pattern] of LAW_MENTIONS) {
    const match = pattern.exec(window);
    if (match && (!best || match.index < best.at)) best = { law, at: match.index, end: from + match.index + match[0].length };
  }
  return best && { law: best.law, end: best.end };
};

// "article 40-1", "art. 32II", "articles 39 et 40", "article 6, III", "Article 15(1)".
const ARTICLE = /\b(?:articles?|art\.)\s*(\d+(?:\s*-\s*\d+)?(?:\s*[-,]?\s*[ivx]+\b)?(?:\s*(?:,|et|and)\s*\d+(?:\s*-\s*\d+)?)*)/g;

interface FoundCitation {
  numbers: string[];
  law: Law | null;
  start: number;
  end: number;
}

/** "32II" → "32-II", "6, III" → "6-III", "40 - 1" → "40-1". */
const normaliseNumber = (raw: string) =>
  raw
    .replace(/\s*-\s*/g, '-')
    .replace(/^(\d+)\s*[-,]?\s*([ivx]+)$/i, (_, n: string, roman: string) => `${n}-${roman.toUpperCase()}`);

const citationsIn = (folded: string): FoundCitation[] =>
  Array.from(folded.matchAll(ARTICLE), (match) => {
    const start = match.index ?? 0;
    const afterNumbers = start + match[0].length;
    const law = lawAfter(folded, afterNumbers);
    const numbers = match[1].split(/\s*(?:,(?!\s*[ivx]+\b)|\bet\b|\band\b)\s*/).map(normaliseNumber).filter(Boolean);
    return { numbers, law: law?.law ?? null, start, end: law?.end ?? afterNumbers };
  });

const quote = (text: string, c: FoundCitation) => text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();

const inForce = (keys: CitationKey[]) => ({
  fr: keys.map((k) => citationText(k, 'fr')).join(" et de l'"),
  en: keys.map((k) => citationText(k, 'en')).join(' and '),
});

/** Names of the rights as editors write them, folded; each is checked against the first GDPR article cited after it. */
const RIGHT_NAMES: Array<[RightKind, RegExp]> = [
  ['access', /droit d'acces|right (of|to) access/g],
  ['rectification', /droit de rectification|right to rectification/g],
  ['erasure', /droit (a l'effacement|d'effacement|a l'oubli)|right to (erasure|be forgotten)/g],
  ['restriction', /droit a la limitation|right to restriction/g],
  ['portability', /droit a la portabilite|right to (data )?portability/g],
  ['objection', /droit d'opposition|right to object/g],
  ['withdraw-consent', /retirer (votre|son|leur) consentement|withdraw (your |their )?consent/g],
  ['complaint', /introduire une reclamation|reclamation aupres de la cnil|lodge a complaint/g],
];

const expectedArticle = (kind: RightKind) => CITATIONS[RIGHT_CITATIONS[kind]];

const rightFinding = (kind: RightKind, path: string, found: string) =>
  finding('citation.right-article', path, { found, right: rightName(kind), correct: inForce([RIGHT_CITATIONS[kind]]) });

const leadingNumber = (n: string) => n.match(/^\d+/)?.[0];

/** Rights named in free text and followed, in the same sentence, by a GDPR article that is not theirs. */
const rightsInText = (field: EditorTextField, folded: string, citations: FoundCitation[]): Finding[] => {
  const out: Finding[] = [];
  for (const [kind, pattern] of RIGHT_NAMES) {
    const expected = expectedArticle(kind);
    for (const match of folded.matchAll(pattern)) {
      const after = (match.index ?? 0) + match[0].length;
      const next = citations.find((c) => c.start >= after && c.start - after <= 80 && !/[.;]\s/.test(folded.slice(after, c.start)));
      if (!next || next.law !== 'gdpr' || expected.law !== 'gdpr') continue;
      if (leadingNumber(next.numbers[0]) !== expected.article) out.push(rightFinding(kind, field.path, quote(field.text, next)));
    }
  }
  return out;
};

/** The sentence (or line) a position falls in. */
const sentenceAround = (folded: string, at: number) => {
  const before = folded.slice(0, at);
  const start = Math.max(before.search(/[^.;!?\n]*$/), 0);
  const end = folded.slice(at).search(SENTENCE_END);
  return folded.slice(start, end < 0 ? undefined : at + end);
};

/** Old numbers of a renumbered law, wherever an editor cites them. */
const renumbered = (field: EditorTextField, folded: string, citations: FoundCitation[]): Finding[] =>
  citations.flatMap((c) => {
    const sentence = sentenceAround(folded, c.start);
    const olds = c.numbers.flatMap((n) => RENUMBERINGS.filter((r) => r.law === c.law && r.old === n && (!r.about || r.about.test(sentence))));
    if (olds.length === 0) return [];
    const now = [...new Set(olds.flatMap((r) => r.now))];
    return [finding('citation.outdated-article', field.path, { found: quote(field.text, c), correct: inForce(now) })];
  });

/** A right's own `reference`: it cites the right, so any GDPR article in it must be the right's. */
const rightReferences = (input: LegalPageInput): Finding[] =>
  (input.rights ?? []).flatMap((right, i) => {
    if (!right.reference) return [];
    const expected = expectedArticle(right.kind);
    const citations = citationsIn(fold(right.reference));
    const wrong = citations.find(
      (c) => (c.law === 'gdpr' || c.law === null) && expected.law === 'gdpr' && leadingNumber(c.numbers[0]) !== expected.article
    );
    const wrongLaw = expected.law !== 'gdpr' && citations.find((c) => c.law === 'gdpr');
    const culprit = wrong || wrongLaw;
    return culprit ? [rightFinding(right.kind, `/rights/${i}/reference`, quote(right.reference, culprit))] : [];
  });

/** Every article cited in a text, with its law when the sentence names one: for tests that read the core's own output. */
export const articlesCited = (text: string): Array<{ law: Law | null; article: string; quote: string }> =>
  citationsIn(fold(text)).flatMap((c) => c.numbers.map((article) => ({ law: c.law, article, quote: quote(text, c) })));

export const citationRules = (input: LegalPageInput, fields: EditorTextField[]): Finding[] => [
  ...rightReferences(input),
  ...fields.flatMap((field) => {
    const folded = fold(field.text);
    const citations = citationsIn(folded);
    if (citations.length === 0) return [];
    const inText = field.path.endsWith('/reference') ? [] : rightsInText(field, folded, citations);
    return [...inText, ...renumbered(field, folded, citations)];
  }),
];
