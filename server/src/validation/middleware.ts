import type { Core } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import slugify from 'slugify';
import { cutSlug } from '../core/fields/slug';
import { PLUGIN_ID } from '../plugin-id';
import type { PluginConfig } from '../config';
import { nulProblems } from './body-guard';
import { rulesFor, type Problem } from './rules';

const PREFIX = `plugin::${PLUGIN_ID}.`;
/**
 * The Document Service actions that store values. The plugin's types have no draft and publish: every save of the
 * Content Manager is one of these, and Strapi validates it as published (no draft leniency). A clone (the Content
 * Manager's "Duplicate") stores the source's values with the form's changes, so it is checked as an update would be.
 */
const WRITES = new Set(['create', 'update', 'clone']);

type Data = Record<string, unknown>;

export const slugFrom = (name: string) => cutSlug(slugify(name, { lower: true, strict: true, locale: 'fr', trim: true }));

const fail = (problems: Problem[]): never => {
  const summary = problems.map((p) => p.message).join('; ');
  throw new errors.ValidationError(problems.length === 1 ? summary : `${problems.length} errors: ${summary}`, {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError', value: undefined })),
  });
};

/**
 * Validates every write to the plugin's content types, whatever its origin (Content Manager, REST, Document
 * Service), before anything reaches the database; on update the rules see the entry as it will be stored.
 */
export const registerValidation = (strapi: Core.Strapi) => {
  const configuredLocales = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig).locales;
  const rules = rulesFor(configuredLocales);

  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith(PREFIX)) return next();
    const name = context.uid.slice(PREFIX.length);
    const params = context.params as { documentId?: string; locale?: string; data?: Data };
    if (name === 'site' && context.action === 'delete' && params.documentId) {
      await strapi.plugin(PLUGIN_ID).service('permanence').assertDeletable(params.documentId, params.locale);
      return next();
    }
    if (!WRITES.has(context.action)) return next();
    const data = params.data ?? {};
    const nul = nulProblems(data);
    if (nul.length) fail(nul);

    let existing: Data = {};
    if ((context.action === 'update' || context.action === 'clone') && params.documentId) {
      existing =
        ((await strapi.documents(context.uid).findOne({ documentId: params.documentId, locale: params.locale })) as Data | null) ??
        ((await strapi.documents(context.uid).findFirst({ filters: { documentId: params.documentId } })) as Data | null) ??
        {};
    }
    const merged: Data = { ...existing, ...data };

    // A clone's slug is the source's unless the form changed it: its uniqueness is the create path's concern.
    if (name === 'site' && context.action !== 'clone') {
      await ensureSlug(strapi, context.uid, params, data, merged);
    }

    const attributes = strapi.contentType(context.uid).attributes as Record<string, { type: string; required?: boolean }>;
    const problems = [...blankRequired(attributes, merged), ...(rules[name] ?? []).flatMap((check) => check(merged))];
    if (problems.length) fail(problems);
    const result = await next();
    // A renamed slug or a locale no longer published changes what the public routes answer: at once in this process.
    if (name === 'site') strapi.plugin(PLUGIN_ID).service('public-pages').invalidate();
    return result;
  });
};

const TEXTUAL = new Set(['string', 'text', 'email', 'richtext']);

/** Strapi accepts "" for a required text field; a legal page cannot. */
const blankRequired = (attributes: Record<string, { type: string; required?: boolean }>, entry: Data): Problem[] =>
  Object.entries(attributes)
    .filter(([field, a]) => a.required && TEXTUAL.has(a.type) && typeof entry[field] === 'string' && (entry[field] as string).trim() === '')
    .map(([field]) => ({ path: [field], message: `${field} must not be empty` }));

const ensureSlug = async (
  strapi: Core.Strapi,
  uid: Parameters<Core.Strapi['documents']>[0],
  params: { documentId?: string },
  data: Data,
  merged: Data
) => {
  if (typeof merged.slug !== 'string' || merged.slug === '') {
    if (typeof merged.name !== 'string' || merged.name.trim() === '') return;
    data.slug = merged.slug = slugFrom(merged.name);
  }
  await strapi.plugin(PLUGIN_ID).service('permanence').assertSlugFree(merged.slug, params.documentId);
  const clash = await strapi.db.query(uid).findOne({
    where: { slug: merged.slug, ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}) },
    select: ['documentId', 'name'],
  });
  if (clash) fail([{ path: ['slug'], message: `slug "${String(merged.slug)}" is already used by the site "${String(clash.name)}"` }]);
};
