import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import { SECTION_CATALOG, type CustomSection, type PageKind } from '../core';
import { uid } from '../plugin-id';

const PAGE = uid('page') as UID.ContentType;
const CUSTOM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface PageChoicesInput {
  title?: string | null;
  sectionOrder?: string[] | null;
  hiddenSections?: string[] | null;
  customSections?: CustomSection[] | null;
  effectiveDelayDays?: number | null;
  introduction?: string | null;
}

type Problem = { path: string[]; message: string };

/** Checks the editor's choices against the page kind's sections: nothing unknown, nothing mandatory hidden. */
export const choiceProblems = (kind: PageKind, choices: PageChoicesInput): Problem[] => {
  const catalog = SECTION_CATALOG[kind];
  const customs = choices.customSections ?? [];
  const problems: Problem[] = [];
  customs.forEach((section, i) => {
    if (!CUSTOM_ID.test(section.id ?? '')) problems.push({ path: ['customSections', String(i), 'id'], message: 'id must be lower-case letters, digits and dashes' });
    if (customs.findIndex((other) => other.id === section.id) !== i) problems.push({ path: ['customSections', String(i), 'id'], message: `id "${section.id}" is used twice` });
  });
  const known = new Set([...catalog.map((s) => s.id), ...customs.flatMap((c) => [c.id, `custom-${c.id}`])]);
  (choices.sectionOrder ?? []).forEach((id, i) => {
    if (!known.has(id)) problems.push({ path: ['sectionOrder', String(i)], message: `"${id}" is not a section of a ${kind}` });
  });
  (choices.hiddenSections ?? []).forEach((id, i) => {
    const spec = catalog.find((s) => s.id === id);
    if (!known.has(id)) problems.push({ path: ['hiddenSections', String(i)], message: `"${id}" is not a section of a ${kind}` });
    else if (spec && !spec.optional) problems.push({ path: ['hiddenSections', String(i)], message: `"${id}" is required by law and cannot be hidden` });
  });
  customs.forEach((section, i) => {
    if (section.after !== undefined && !known.has(section.after)) {
      problems.push({ path: ['customSections', String(i), 'after'], message: `"${section.after}" is not a section of a ${kind}` });
    }
  });
  return problems;
};

/** Refuses choices with problems, naming each field: a 400 the admin shows as it is. */
export const assertChoices = (kind: PageKind, choices: PageChoicesInput) => {
  const problems = choiceProblems(kind, choices);
  if (problems.length) {
    throw new errors.ValidationError(problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '), {
      errors: problems.map((p) => ({ ...p, name: 'ValidationError' })),
    });
  }
};

/** The editor's composition choices for one page, stored once per site, kind and locale. */
const pageChoices = ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(siteDocumentId: string, kind: PageKind, locale: string) {
    const stored = await strapi.db.query(PAGE).findOne({
      where: { siteDocumentId, kind, locale },
      select: ['title', 'sectionOrder', 'hiddenSections', 'customSections', 'effectiveDelayDays', 'introduction', 'updatedAt'],
    });
    return {
      choices: stored ?? { title: null, sectionOrder: null, hiddenSections: null, customSections: null, effectiveDelayDays: 0, introduction: null },
      sections: SECTION_CATALOG[kind],
    };
  },

  async save(siteDocumentId: string, kind: PageKind, locale: string, choices: PageChoicesInput) {
    assertChoices(kind, choices);
    await strapi.plugin('legal-pages').service('page-sources').loadSite(siteDocumentId, locale);
    const where = { siteDocumentId, kind, locale };
    const existing = await strapi.db.query(PAGE).findOne({ where, select: ['id'] });
    const data = { ...where, ...choices };
    if (existing) await strapi.db.query(PAGE).update({ where: { id: existing.id }, data });
    else await strapi.db.query(PAGE).create({ data });
    // A Query Engine write, which the Document Service middleware does not see: the page marks itself for the overview.
    await strapi.plugin('legal-pages').service('page-states').markPages([where]);
    return this.get(siteDocumentId, kind, locale);
  },
});

export default pageChoices;
