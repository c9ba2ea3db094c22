/**
 * compose(input) → LegalDocument. Validates, plans the sections (catalog, editor's order, hidden and free-text
 * sections), numbers them, builds their content from the locale pack, then resolves references and defined terms.
 */
import type { CustomSection, LegalPageInput, PageKind } from '../input/types';
import { assertValidInput } from '../input/validate';
import { getLocalePack } from '../locales';
import type { Block, Inline, LegalDocument, Section } from '../tree';
import { accessibilityStatement } from './accessibility-statement';
import { DEFAULT_NUMBERING, SECTION_CATALOG, customSectionId, normaliseSectionId } from './catalog';
import { controllerDesignation, createContext } from './context';
import { cookiePolicy } from './cookie-policy';
import { legalNotice } from './legal-notice';
import type { PageComposer } from './page';
import { privacyPolicy } from './privacy-policy';
import { privacySummary } from './privacy-summary';
import { countTerms, createResolver, type TermDefinition } from './references';
import { withSafeLinks } from './safe-links';

const COMPOSERS: Record<PageKind, PageComposer> = {
  'privacy-policy': privacyPolicy,
  'privacy-summary': privacySummary,
  'legal-notice': legalNotice,
  'cookie-policy': cookiePolicy,
  'accessibility-statement': accessibilityStatement,
};

interface PlannedSection {
  id: string;
  custom?: CustomSection;
}

/** Puts the listed ids, in the listed order, into the places the listed ids occupy; the others keep their place. */
const applyOrder = (planned: PlannedSection[], order: string[] | undefined): PlannedSection[] => {
  if (!order?.length) return planned;
  const listed = order.filter((id, i) => order.indexOf(id) === i && planned.some((s) => s.id === id));
  const slots = planned.map((s, i) => (listed.includes(s.id) ? i : -1)).filter((i) => i >= 0);
  const result = [...planned];
  slots.forEach((slot, k) => {
    result[slot] = planned.find((s) => s.id === listed[k]) as PlannedSection;
  });
  return result;
};

/** The sections of the page, in order, with the editor's choices applied. */
export const planSections = (input: LegalPageInput): PlannedSection[] => {
  const composer = COMPOSERS[input.kind];
  const known = new Set([...SECTION_CATALOG[input.kind].map((s) => s.id), ...(input.page?.customSections ?? []).map((c) => customSectionId(c.id))]);
  const normalise = (id: string) => normaliseSectionId(id, known);
  const hidden = new Set((input.page?.hidden ?? []).map(normalise));
  const planned: PlannedSection[] = SECTION_CATALOG[input.kind]
    .filter((spec) => !(spec.optional && hidden.has(spec.id)))
    .filter((spec) => composer.present?.(input, spec.id) ?? true)
    .map((spec) => ({ id: spec.id }));
  for (const custom of input.page?.customSections ?? []) {
    const id = customSectionId(custom.id);
    if (hidden.has(id)) continue;
    const after = custom.after === undefined ? -1 : planned.findIndex((s) => s.id === normalise(custom.after as string));
    planned.splice(after >= 0 ? after + 1 : planned.length, 0, { id, custom });
  }
  return applyOrder(planned, input.page?.order?.map(normalise));
};

const controllerTerm = (input: LegalPageInput): TermDefinition => {
  const grammar = input.controller.nameGrammar;
  const full = { text: input.controller.legalName, ...grammar, article: grammar?.article ?? 'none' };
  const short = controllerDesignation(input);
  return short.text === full.text && (short.article ?? 'definite') === full.article ? { full } : { full, short };
};

/** Composes a page. Throws `InvalidInputError` (with every problem) when the input does not validate. */
export const compose = (rawInput: unknown): LegalDocument => {
  const input = assertValidInput(rawInput);
  const pack = getLocalePack(input.locale);
  const composer = COMPOSERS[input.kind];
  const plan = planSections(input);
  const numbered = (input.page?.numbering ?? DEFAULT_NUMBERING[input.kind]) === 'articles';
  const ctx = createContext(input, pack, new Set(plan.map((s) => s.id)));

  const sections: Section[] = plan.map((planned, index) => {
    const number = numbered ? index + 1 : null;
    const title = planned.custom
      ? planned.custom.title
      : composer.titleFor?.(input, pack, planned.id) ??
        pack.sectionTitles[composer.titleKeys?.[planned.id] ?? planned.id] ??
        planned.id;
    return {
      id: planned.id,
      anchor: planned.id,
      number,
      title,
      heading: pack.heading(number, title),
      custom: Boolean(planned.custom),
      blocks: [],
    };
  });

  const site = { name: input.site.name, link: { type: 'link' as const, href: input.site.baseUrl, children: [{ type: 'text' as const, value: input.site.baseUrl }] } };
  const dates = ctx.t(
    pack.common.dates(
      input.effectiveDate ? ctx.h.date(input.effectiveDate) : null,
      input.lastUpdated ? ctx.h.date(input.lastUpdated) : null,
    ),
  );
  const lead: Block[] = [
    ...composer.lead(ctx, site),
    ...(dates.length ? [{ type: 'paragraph', children: dates } as Block] : []),
    ...ctx.md(input.introduction),
  ];

  const built = plan.map((planned) => (planned.custom ? ctx.md(planned.custom.body) : composer.sections[planned.id](ctx)));
  const counts = countTerms([...lead, ...built.flat()]);
  const resolver = createResolver(pack, sections, { controller: controllerTerm(input) }, counts);
  const resolvedLead = lead.map(resolver.block);
  sections.forEach((section, i) => {
    section.blocks = built[i].map(resolver.block);
  });

  // Last typography over every text of the page, the editor's included (the French apostrophe).
  const finish = pack.grammar.finish;
  const finishInline = (node: Inline): Inline => {
    switch (node.type) {
      case 'text':
        return { ...node, value: finish(node.value) };
      case 'strong':
      case 'emphasis':
      case 'dfn':
        return { ...node, children: node.children.map(finishInline) };
      case 'link':
        // A bare address stays as typed.
        return node.children.length === 1 && node.children[0].type === 'text' && node.children[0].value === node.href
          ? node
          : { ...node, children: node.children.map(finishInline) };
      case 'ref':
        return { ...node, children: node.children?.map(finishInline) };
      default:
        return node;
    }
  };
  const finishBlock = (block: Block): Block => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return { ...block, children: block.children.map(finishInline) };
      case 'list':
        return { ...block, items: block.items.map((item) => item.map(finishBlock)) };
      case 'table':
        return {
          ...block,
          caption: block.caption.map(finishInline),
          header: block.header.map((cell) => cell.map(finishInline)),
          rows: block.rows.map((row) => row.map((cell) => cell.map(finishInline))),
        };
      case 'blockquote':
        return { ...block, children: block.children.map(finishBlock) };
      default:
        return block;
    }
  };
  for (const section of sections) {
    section.title = finish(section.title);
    section.heading = finish(section.heading);
    section.blocks = section.blocks.map(finishBlock);
  }

  return withSafeLinks({
    type: 'legal-document',
    formatVersion: 1,
    kind: input.kind,
    locale: input.locale,
    title: finish(input.page?.title ?? pack.pageTitles[input.kind]),
    site: { name: input.site.name, slug: input.site.slug, baseUrl: input.site.baseUrl },
    effectiveDate: input.effectiveDate ?? null,
    lastUpdated: input.lastUpdated ?? null,
    lead: resolvedLead.map(finishBlock),
    sections,
    toc: { show: input.page?.toc ?? input.kind === 'privacy-policy', label: pack.tocLabel },
  });
};
