/**
 * The document tree: what `compose` returns and every renderer reads. It is plain JSON, served as is to frontends.
 * During composition `ref` and `term` nodes are unresolved; `compose` resolves every one of them before returning.
 */
import type { PageKind } from './input/types';

export type GrammaticalForm = 'plain' | 'de' | 'a' | 'par';

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }
  | { type: 'date'; iso: string; text: string }
  /** The defining occurrence of a term, e.g. « la Métropole » in "Nîmes Métropole (ci-après « la Métropole »)". */
  | { type: 'dfn'; term: string; children: Inline[] }
  | RefNode
  | TermNode;

/** A reference to a section. Resolved: `number` (null when the page is not numbered), `anchor` and `children`. */
export interface RefNode {
  type: 'ref';
  target: string;
  number?: number | null;
  anchor?: string;
  children?: Inline[];
}

/** A defined term; resolved into text (or the defining phrase at its first occurrence) before `compose` returns. */
export interface TermNode {
  type: 'term';
  term: string;
  form: GrammaticalForm;
  capitalize?: boolean;
}

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'table'; caption: Inline[]; header: Inline[][]; rows: Inline[][][] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'code'; value: string };

export interface Section {
  /** Stable identifier, e.g. `purposes`, or `custom-<id>` for an editor's free-text section. */
  id: string;
  /** The HTML anchor (the id of its h2); stable across reordering and locales. */
  anchor: string;
  /** Article number, or null when the page is not numbered. */
  number: number | null;
  title: string;
  /** The full heading, e.g. "Article 3. Finalités et bases légales". */
  heading: string;
  custom: boolean;
  blocks: Block[];
}

export interface LegalDocument {
  type: 'legal-document';
  formatVersion: 1;
  kind: PageKind;
  locale: string;
  title: string;
  site: { name: string; slug: string; baseUrl: string };
  effectiveDate: string | null;
  lastUpdated: string | null;
  /** Unnumbered text before the first article: the purpose of the page, its dates, the editor's introduction. */
  lead: Block[];
  sections: Section[];
  /** Whether renderers print a table of contents, and its localized label. */
  toc: { show: boolean; label: string };
}

export const text = (value: string): Inline => ({ type: 'text', value });
