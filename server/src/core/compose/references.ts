/**
 * Resolution pass, run once the sections are ordered and numbered: every reference gets the target's current number,
 * anchor and label; every defined term is spelled from its single definition, the first occurrence defining it.
 */
import type { Designation } from '../input/types';
import type { LocalePack } from '../locales/types';
import type { Block, Inline, Section } from '../tree';

export interface TermDefinition {
  /** The full name, spelled at the first occurrence. */
  full: Designation;
  /** The short name used afterwards; absent when the full name is used throughout. */
  short?: Designation;
}

export class UnresolvedReferenceError extends Error {}

interface Resolver {
  inline(nodes: Inline[]): Inline[];
  block(block: Block): Block;
}

/** How many times each term occurs: a short name used only once is not worth defining. */
export const countTerms = (blocks: Block[]): Map<string, number> => {
  const counts = new Map<string, number>();
  const inline = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (n.type === 'term') counts.set(n.term, (counts.get(n.term) ?? 0) + 1);
      else if ('children' in n && n.children) inline(n.children);
    }
  };
  const block = (b: Block): void => {
    if (b.type === 'paragraph' || b.type === 'heading') inline(b.children);
    else if (b.type === 'list') b.items.forEach((item) => item.forEach(block));
    else if (b.type === 'blockquote') b.children.forEach(block);
    else if (b.type === 'table') [b.caption, ...b.header, ...b.rows.flat()].forEach(inline);
  };
  blocks.forEach(block);
  return counts;
};

export const createResolver = (
  pack: LocalePack,
  sections: Section[],
  terms: Record<string, TermDefinition>,
  counts: Map<string, number>,
): Resolver => {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const defined = new Set<string>();

  const termText = (name: string, node: Extract<Inline, { type: 'term' }>): Inline[] => {
    const def = terms[name];
    if (!def) throw new UnresolvedReferenceError(`Unknown term "${name}"`);
    const cap = (s: string) => (node.capitalize ? pack.grammar.capitalize(s) : s);
    if ((counts.get(name) ?? 0) < 2) return [{ type: 'text', value: cap(pack.grammar.nounPhrase(def.full, node.form)) }];
    if (!defined.has(name) && def.short) {
      defined.add(name);
      const parts = pack.grammar.definition(def.short);
      return [
        { type: 'text', value: cap(pack.grammar.nounPhrase(def.full, node.form)) + pack.grammar.typography(parts.before) },
        { type: 'dfn', term: name, children: [{ type: 'text', value: parts.term }] },
        { type: 'text', value: pack.grammar.typography(parts.after) },
      ];
    }
    defined.add(name);
    return [{ type: 'text', value: cap(pack.grammar.nounPhrase(def.short ?? def.full, node.form)) }];
  };

  const inline = (nodes: Inline[]): Inline[] => {
    const out: Inline[] = [];
    const push = (node: Inline) => {
      const last = out[out.length - 1];
      if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
      else out.push(node);
    };
    for (const node of nodes) {
      switch (node.type) {
        case 'ref': {
          const target = byId.get(node.target);
          if (!target) throw new UnresolvedReferenceError(`Reference to a section not on the page: "${node.target}"`);
          push({
            type: 'ref',
            target: node.target,
            number: target.number,
            anchor: target.anchor,
            children: [{ type: 'text', value: pack.refLabel(target.number, target.title) }],
          });
          break;
        }
        case 'term':
          termText(node.term, node).forEach(push);
          break;
        case 'strong':
        case 'emphasis':
        case 'link':
        case 'dfn':
          push({ ...node, children: inline(node.children) });
          break;
        default:
          push(node);
      }
    }
    return out;
  };

  const block = (b: Block): Block => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return { ...b, children: inline(b.children) };
      case 'list':
        return { ...b, items: b.items.map((item) => item.map(block)) };
      case 'blockquote':
        return { ...b, children: b.children.map(block) };
      case 'table':
        return { ...b, caption: inline(b.caption), header: b.header.map(inline), rows: b.rows.map((row) => row.map(inline)) };
      default:
        return b;
    }
  };

  return { inline, block };
};
