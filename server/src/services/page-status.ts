import type { Core, UID } from '@strapi/strapi';
import { checkCompliance, type PageKind } from '../core';
import { PLUGIN_ID, uid } from '../plugin-id';

const VERSION = uid('version') as UID.ContentType;

/** JSON with sorted keys, so two equal inputs compare equal whatever order their keys were built in. */
const stable = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(stable).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value as object)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value);

/** The facts of an input, without the dates a publication sets. */
const facts = (input: Record<string, unknown>) => {
  const { effectiveDate: _effective, lastUpdated: _updated, ...rest } = input;
  return stable(rest);
};

/** Which published pages are out of date with their source data, and what blocks them. */
const pageStatus = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list() {
    const rows = (await strapi.db.query(VERSION).findMany({
      select: ['siteDocumentId', 'siteSlug', 'kind', 'locale', 'number', 'effectiveAt', 'input'],
      orderBy: [{ siteDocumentId: 'asc' }, { kind: 'asc' }, { locale: 'asc' }, { number: 'desc' }],
    })) as Array<{ siteDocumentId: string; siteSlug: string; kind: PageKind; locale: string; number: number; effectiveAt: string; input: unknown }>;
    const latest = rows.filter(
      (row, i) => i === 0 || row.siteDocumentId !== rows[i - 1].siteDocumentId || row.kind !== rows[i - 1].kind || row.locale !== rows[i - 1].locale
    );
    const sources = strapi.plugin(PLUGIN_ID).service('page-sources');
    return Promise.all(
      latest.map(async (version) => {
        const base = { siteDocumentId: version.siteDocumentId, site: version.siteSlug, kind: version.kind, locale: version.locale, version: version.number, effectiveAt: new Date(version.effectiveAt).toISOString() };
        try {
          const { input } = await sources.buildInput(version.siteDocumentId, version.kind, version.locale);
          const stored = typeof version.input === 'string' ? JSON.parse(version.input) : version.input;
          const findings = checkCompliance(input);
          return {
            ...base,
            changesPending: facts(input as unknown as Record<string, unknown>) !== facts(stored),
            errors: findings.filter((f) => f.severity === 'error').length,
            warnings: findings.filter((f) => f.severity === 'warning').length,
          };
        } catch (error) {
          return { ...base, changesPending: true, errors: 1, warnings: 0, problem: (error as Error).message };
        }
      })
    );
  },
});

export default pageStatus;
