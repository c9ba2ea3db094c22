/** What every section builder receives: the input, the locale pack, template helpers and small node builders. */
import type { Address, Channel, Designation, LegalPageInput, Organisation } from '../input/types';
import type { LocalePack, Piece, TemplateHelpers } from '../locales/types';
import type { Block, GrammaticalForm, Inline } from '../tree';
import { telHref } from '../safe-url';
import { markdownBlocks } from './markdown';

export interface ComposeContext {
  input: LegalPageInput;
  pack: LocalePack;
  h: TemplateHelpers;
  /** Template pieces (typography applied to their strings) into inline nodes. */
  t(...pieces: Piece[]): Inline[];
  /** The punctuation between a label and its value: " : " in French, ": " in English. */
  colon: string;
  /** Editor pieces: plain strings kept verbatim. */
  plain(value: string): Inline[];
  p(...pieces: Piece[]): Block;
  md(source: string | undefined): Block[];
  /** "Label : value" lines as a list; empty values are left out. */
  fields(rows: Array<[string, Piece | undefined]>): Block[];
  address(address: Address): string;
  email(address: string): Inline;
  phone(number: string): Inline;
  channel(channel: Channel): Inline[] | null;
  orgName(org: Organisation, form: GrammaticalForm): string;
}

const flatten = (pieces: readonly Piece[], typography: (s: string) => string, out: Inline[]): Inline[] => {
  for (const piece of pieces) {
    if (piece === false || piece === null || piece === undefined || piece === '') continue;
    if (typeof piece === 'string') {
      const value = typography(piece);
      const last = out[out.length - 1];
      if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + value };
      else out.push({ type: 'text', value });
    } else if (Array.isArray(piece)) {
      flatten(piece, typography, out);
    } else {
      out.push(piece as Inline);
    }
  }
  return out;
};

export const controllerDesignation = (input: LegalPageInput): Designation =>
  input.site.designation ?? { text: input.controller.legalName, ...input.controller.nameGrammar, article: input.controller.nameGrammar?.article ?? 'none' };

export const createContext = (input: LegalPageInput, pack: LocalePack, visible: Set<string>): ComposeContext => {
  const designation = controllerDesignation(input);
  const country = input.controller.address?.country ?? 'FR';
  const t = (...pieces: Piece[]) => flatten(pieces, pack.grammar.typography, []);
  const verbatim = (s: string) => s;

  const h: TemplateHelpers = {
    controller: (form, capitalize) => ({ type: 'term', term: 'controller', form, capitalize }),
    ref: (target) => ({ type: 'ref', target }),
    link: (href, label) => ({ type: 'link', href, children: label ? t(label) : [{ type: 'text', value: href }] }),
    strong: (...pieces) => ({ type: 'strong', children: t(...pieces) }),
    date: (iso) => ({ type: 'date', iso, text: pack.format.date(iso) }),
    agree: (singular, plural) => (designation.plural ? plural : singular),
    has: (id) => visible.has(id),
    contactSection: () => (visible.has('dpo') && input.dpo?.appointed ? 'dpo' : 'controller'),
  };

  const email = (address: string): Inline => ({ type: 'link', href: `mailto:${address}`, children: [{ type: 'text', value: address }] });
  const phone = (number: string): Inline => ({ type: 'link', href: telHref(number, country), children: [{ type: 'text', value: number }] });
  const address = (a: Address) => pack.format.address(a);

  return {
    input,
    pack,
    h,
    t,
    colon: pack.grammar.label(''),
    plain: (value) => flatten([value], verbatim, []),
    p: (...pieces) => ({ type: 'paragraph', children: t(...pieces) }),
    md: markdownBlocks,
    fields: (rows) => {
      const items = rows
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .map(([label, value]): Block[] => [{ type: 'paragraph', children: [{ type: 'text', value: pack.grammar.label(label) }, ...flatten([value], verbatim, [])] }]);
      return items.length ? [{ type: 'list', ordered: false, items }] : [];
    },
    address,
    email,
    phone,
    channel: (c) => {
      const lead = t(pack.privacyPolicy.channel[c.type]);
      if (c.type === 'email' && c.email) return [...lead, email(c.email)];
      if (c.type === 'phone' && c.phone) return [...lead, phone(c.phone)];
      if (c.type === 'web-form' && c.url) return [...lead, { type: 'link', href: c.url, children: [{ type: 'text', value: c.url }] }];
      if (c.type === 'postal' && c.address) {
        // A letter needs the organisation's name: before the addressee's function, unless the addressee line holds it.
        const organisation = input.controller.legalName;
        const named = c.addressee?.toLocaleLowerCase().includes(organisation.toLocaleLowerCase());
        return [...lead, { type: 'text', value: [!named && organisation, c.addressee, address(c.address)].filter(Boolean).join(', ') }];
      }
      return null;
    },
    orgName: (org, form) =>
      pack.grammar.nounPhrase({ text: org.legalName, ...org.nameGrammar, article: org.nameGrammar?.article ?? 'none' }, form),
  };
};
