import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import { getLocalePack, hasLocalePack, ORGANISATION_KINDS } from '../core';
import { SITE_ANSWERS } from '../mapping/to-input';
import { PLUGIN_ID, uid } from '../plugin-id';
import { missingLocalesAdvice, unusableLocaleReason, type LocaleStatus } from './plugin-locales';
import type { Designations, EntryRef, NewSite, NewSiteRequest, SiteSetupOptions, SiteTexts } from '../../../shared/contracts/sites';

export type { EntryRef, NewSite, NewSiteRequest, SiteTexts } from '../../../shared/contracts/sites';

const ORGANISATION = uid('organisation') as UID.ContentType;
const DPO = uid('dpo-contact') as UID.ContentType;
const SITE = uid('site') as UID.ContentType;

const TEXT_FIELDS = ['designation', 'designationGender', 'directorOfPublicationTitle', 'contactRole'];

/**
 * The short name a new site gives its controller, by kind and locale ("Société", "Association", "Commune"), as the
 * locale packs define it; null where no noun fits (a natural person goes by name).
 */
export const designationDefaults = (locales: string[]): Designations =>
  Object.fromEntries(
    ORGANISATION_KINDS.map((kind) => [
      kind,
      Object.fromEntries(
        locales.filter(hasLocalePack).map((locale) => {
          const designation = getLocalePack(locale).defaultDesignations[kind];
          const texts: Pick<SiteTexts, 'designation' | 'designationGender'> | null = designation
            ? { designation: designation.text, designationGender: designation.gender === 'm' ? 'masculine' : 'feminine' }
            : null;
          return [locale, texts];
        }),
      ),
    ]),
  ) as Designations;

type ValidationDetails = { errors?: Array<{ path?: string[] | string; message: string; name?: string }> };

/** Re-throws a write's validation error with the request field it came from, so the wizard can name it. */
const underPath = async <T>(place: (path: string[]) => string[], write: () => Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof errors.ValidationError)) throw error;
    const details = (error.details ?? {}) as ValidationDetails;
    const inner = details.errors?.length ? details.errors : [{ path: [], message: error.message }];
    const problems = inner.map((e) => ({ ...e, path: place(Array.isArray(e.path) ? e.path.map(String) : e.path ? [e.path] : []) }));
    const message = problems.map((p) => `${p.path.join('.')}: ${p.message.replace(/^\d+ errors: /, '')}`).join('; ');
    throw new errors.ValidationError(message, { errors: problems.map((p) => ({ ...p, name: 'ValidationError' })) });
  }
};

const invalid = (path: string[], message: string): never => {
  throw new errors.ValidationError(`${path.join('.')}: ${message}`, { errors: [{ path, message, name: 'ValidationError' }] });
};

/** The new-site wizard's server side: a site with its controller, DPO, publisher and host, all or nothing. */
const siteSetup = ({ strapi }: { strapi: Core.Strapi }) => {
  const localeStatus = (): Promise<LocaleStatus> => strapi.plugin(PLUGIN_ID).service('locales').status();

  return {
    /**
     * What the wizard offers: the locales pages can be composed in, the configured ones the app's i18n lacks (for the
     * wizard to say where to add them), the identities already entered, and the designation each kind of controller
     * gets by default.
     */
    async options(): Promise<SiteSetupOptions> {
      const [organisations, dpoContacts, locales] = await Promise.all([
        strapi.db.query(ORGANISATION).findMany({ select: ['documentId', 'name', 'kind', 'city'], orderBy: { name: 'asc' }, limit: 500 }),
        strapi.db.query(DPO).findMany({ select: ['documentId', 'label', 'email'], orderBy: { label: 'asc' }, limit: 500 }),
        localeStatus(),
      ]);
      return { locales: locales.usable, missingLocales: locales.missing, organisations, dpoContacts, designations: designationDefaults(locales.usable) };
    },

    async create(request: NewSiteRequest): Promise<NewSite> {
      const status = await localeStatus();
      if (status.usable.length === 0) invalid(['locales'], missingLocalesAdvice(status.missing));
      const locales = status.usable.filter((code) => request.locales.includes(code));
      request.locales.forEach((code, i) => {
        if (!status.usable.includes(code)) invalid(['locales', String(i)], unusableLocaleReason(code, status));
      });
      locales.forEach((code) => {
        if (!request.texts[code]) invalid(['texts', code], `the ${code} texts are missing`);
      });
      await this.assertExists(request);

      const created: NewSite['created'] = [];
      const entryOf = async (type: 'organisation' | 'dpo-contact', role: string, ref: EntryRef | null | undefined) => {
        if (!ref) return null;
        if ('documentId' in ref) return ref.documentId;
        const saved = await underPath(
          (path) => [role, 'data', ...path],
          () => strapi.documents(type === 'organisation' ? ORGANISATION : DPO).create({ data: ref.data } as never),
        );
        const documentId = (saved as { documentId: string }).documentId;
        created.push({ type, role, documentId });
        return documentId;
      };

      return strapi.db.transaction(async () => {
        const controller = await entryOf('organisation', 'controller', request.controller);
        const publisher = request.publisher ? await entryOf('organisation', 'publisher', request.publisher) : controller;
        const host = await entryOf('organisation', 'host', request.host);
        const dpo = await entryOf('dpo-contact', 'dpo', request.dpo);
        const one = (documentId: string | null) => (documentId ? { set: [{ documentId }] } : undefined);
        const shared = {
          name: request.name,
          baseUrl: request.baseUrl,
          publishedLocales: locales,
          directorOfPublicationName: request.directorOfPublicationName || null,
          directorOfPublicationGender: request.directorOfPublicationGender ?? null,
          contactEmail: request.contactEmail || null,
          contactPhone: request.contactPhone || null,
          contactUrl: request.contactUrl || null,
          // Left out: not answered yet, which the checklist asks for.
          ...Object.fromEntries(SITE_ANSWERS.map((field) => [field, request[field] ?? null])),
          controller: one(controller),
          publisher: one(publisher),
          host: one(host),
          dpo: one(dpo),
        };

        let site: { documentId: string; slug: string; name: string } | undefined;
        for (const locale of locales) {
          const texts = request.texts[locale];
          const data = {
            ...shared,
            designation: texts.designation,
            designationGender: texts.designationGender ?? 'feminine',
            directorOfPublicationTitle: texts.directorOfPublicationTitle || null,
            contactRole: texts.contactRole || null,
          };
          const documents = strapi.documents(SITE);
          const place = (path: string[]) => (TEXT_FIELDS.includes(path[0]) ? ['texts', locale, ...path] : path);
          site = (await underPath(place, () =>
            site ? documents.update({ documentId: site.documentId, locale, data } as never) : documents.create({ locale, data } as never),
          )) as unknown as { documentId: string; slug: string; name: string };
        }
        return { documentId: site!.documentId, name: site!.name, slug: site!.slug, locales, created };
      });
    },

    /** Linked entries must exist before anything is written. */
    async assertExists(request: NewSiteRequest) {
      const refs = [
        ['controller', ORGANISATION, request.controller],
        ['publisher', ORGANISATION, request.publisher],
        ['host', ORGANISATION, request.host],
        ['dpo', DPO, request.dpo],
      ] as const;
      for (const [field, type, ref] of refs) {
        if (ref && 'documentId' in ref) {
          const found = await strapi.db.query(type).findOne({ where: { documentId: ref.documentId }, select: ['id'] });
          if (!found) invalid([field, 'documentId'], `no ${type === DPO ? 'DPO contact' : 'organisation'} has the documentId "${ref.documentId}"`);
        }
      }
    },
  };
};

export default siteSetup;
