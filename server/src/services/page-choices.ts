import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import { SECTION_CATALOG, type PageKind } from '../core';
import { sectionChoiceProblems, type SectionChoiceProblem } from '../core/input/sections';
import { uid } from '../plugin-id';
import type { ChoicesResponse, PageChoicesRequest } from '../../../shared/contracts/pages';

const PAGE = uid('page') as UID.ContentType;
/** Stricter than the input schema's ids: the id becomes part of an anchor and of the admin's URLs. */
const CUSTOM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Problem = { path: string[]; message: string };

const FIELDS = { order: 'sectionOrder', hidden: 'hiddenSections', customSections: 'customSections' } as const;

/** The core's section problem as the admin API words it, at the request's field. */
const requestProblem = (kind: PageKind, p: SectionChoiceProblem): Problem => {
  const at = [FIELDS[p.field], String(p.index)];
  switch (p.reason) {
    case 'mandatory':
      return { path: at, message: `"${p.id}" is required by law and cannot be hidden` };
    case 'duplicate':
      return { path: [...at, 'id'], message: `id "${p.id}" is used twice` };
    case 'unknown-after':
      return { path: [...at, 'after'], message: `"${p.id}" is not a section of a ${kind}` };
    default:
      return { path: at, message: `"${p.id}" is not a section of a ${kind}` };
  }
};

/** Checks the editor's choices against the page kind's sections (the core's rule): nothing unknown, nothing mandatory hidden. */
export const choiceProblems = (kind: PageKind, choices: PageChoicesRequest): Problem[] => [
  ...(choices.customSections ?? []).flatMap((section, i) =>
    CUSTOM_ID.test(section.id ?? '') ? [] : [{ path: ['customSections', String(i), 'id'], message: 'id must be lower-case letters, digits and dashes' }]
  ),
  ...sectionChoiceProblems(kind, { order: choices.sectionOrder, hidden: choices.hiddenSections, customSections: choices.customSections }).map((p) =>
    requestProblem(kind, p)
  ),
];

/** Refuses choices with problems, naming each field: a 400 the admin shows as it is. */
export const assertChoices = (kind: PageKind, choices: PageChoicesRequest) => {
  const problems = choiceProblems(kind, choices);
  if (problems.length) {
    throw new errors.ValidationError(problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '), {
      errors: problems.map((p) => ({ ...p, name: 'ValidationError' })),
    });
  }
};

/** The editor's composition choices for one page, stored once per site, kind and locale. */
const pageChoices = ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(siteDocumentId: string, kind: PageKind, locale: string): Promise<ChoicesResponse> {
    const stored = await strapi.db.query(PAGE).findOne({
      where: { siteDocumentId, kind, locale },
      select: ['title', 'sectionOrder', 'hiddenSections', 'customSections', 'effectiveDelayDays', 'introduction', 'updatedAt'],
    });
    return {
      choices: stored ?? { title: null, sectionOrder: null, hiddenSections: null, customSections: null, effectiveDelayDays: 0, introduction: null },
      sections: SECTION_CATALOG[kind],
    };
  },

  async save(siteDocumentId: string, kind: PageKind, locale: string, choices: PageChoicesRequest): Promise<ChoicesResponse> {
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
