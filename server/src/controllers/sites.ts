import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup, type AnyObjectSchema } from '../strapi-utils';
import type { Context } from 'koa';
import { PLUGIN_ID, uid } from '../plugin-id';
import { SITE_ANSWERS } from '../mapping/to-input';
import type { EntryRef, NewSiteRequest } from '../services/site-setup';
import { isoDateTime } from '../validation/dates';

const noUnknown = '${path} has an unknown field "${unknown}"';
const text = (max: number) => yup.string().trim().max(max);

/** Fields a new entry may set from the wizard; the Document Service middleware checks their values. */
const organisationData = yup
  .object({
    name: text(200).required(),
    nameInText: yup.string().oneOf(['proper-name', 'feminine', 'masculine', 'plural']),
    kind: yup.string(),
    legalForm: text(200),
    street: text(255),
    postalCode: text(20),
    city: text(120),
    country: text(2),
    phone: text(40),
    email: text(255),
    website: text(500),
    siret: text(20),
    siren: text(20),
    rcs: text(120),
    vatNumber: text(20),
    shareCapital: yup.number().min(0),
    representativeName: text(200),
    representativeTitle: text(200),
    representativeGender: yup.string().oneOf(['feminine', 'masculine']),
    rm: text(120),
    rna: text(10),
  })
  .noUnknown(true, noUnknown);

const dpoData = yup
  .object({
    label: text(200).required(),
    appointed: yup.boolean(),
    name: text(200),
    email: text(255),
    phone: text(40),
    webFormUrl: text(500),
    street: text(255),
    postalCode: text(20),
    city: text(120),
    country: text(2),
  })
  .noUnknown(true, noUnknown);

/** `{ documentId }` links an existing entry, `{ data }` creates one; null (where allowed) links none. */
const entryRef = (data: AnyObjectSchema, required: boolean) =>
  yup.lazy((value: unknown) => {
    if (value === null || value === undefined) return required ? yup.mixed().required() : yup.mixed().nullable();
    return value && typeof value === 'object' && 'documentId' in value
      ? yup.object({ documentId: yup.string().required().max(64) }).noUnknown(true, noUnknown)
      : yup.object({ data: data.required() }).noUnknown(true, noUnknown);
  }) as unknown as AnyObjectSchema;

const texts = yup.object({
  designation: text(120).required(),
  designationGender: yup.string().oneOf(['feminine', 'masculine']),
  directorOfPublicationTitle: text(200),
  contactRole: text(200),
});

/** A yes/no answer; null or absent leaves the question open. */
const answer = yup
  .string()
  .nullable()
  // yup's oneOf refuses null unless listed, even on a nullable schema.
  .oneOf(['yes', 'no', null], '${path} must be "yes" or "no" (or null while not answered)');

const newSiteSchema = yup
  .object({
    name: text(200).required(),
    baseUrl: text(500).required(),
    locales: yup.array().of(yup.string().required()).min(1).required(),
    texts: yup.lazy((value: unknown) =>
      yup
        .object(Object.fromEntries(Object.keys(value && typeof value === 'object' ? value : {}).map((locale) => [locale, texts.noUnknown(true, noUnknown)])))
        .required()
    ) as unknown as AnyObjectSchema,
    controller: entryRef(organisationData, true),
    publisher: entryRef(organisationData, false),
    host: entryRef(organisationData, false),
    dpo: entryRef(dpoData, false),
    directorOfPublicationName: text(200),
    directorOfPublicationGender: yup.string().oneOf(['feminine', 'masculine']),
    contactEmail: text(255),
    contactPhone: text(40),
    contactUrl: text(500),
    ...Object.fromEntries(SITE_ANSWERS.map((field) => [field, answer])),
  })
  .noUnknown(true, noUnknown);

const retireSchema = yup
  .object({
    retiredAt: isoDateTime(),
    reason: text(2000).required('${path} is required: say why the site is retired').min(3),
  })
  .noUnknown(true, noUnknown);

const CREATE = 'plugin::content-manager.explorer.create';
const TYPE_NAMES = { site: 'Legal · Site', organisation: 'Legal · Organisation', 'dpo-contact': 'Legal · DPO contact' } as const;
const isNew = (ref: EntryRef | null | undefined) => Boolean(ref && 'data' in ref);

/**
 * The wizard writes what the Content Manager would: whoever lacks its "Create" permission on one of the types the
 * request creates gets a 403 naming them, as they would in the Content Manager.
 */
const assertMayCreate = (ctx: Context, request: NewSiteRequest) => {
  const types = [
    'site' as const,
    ...([request.controller, request.publisher, request.host].some(isNew) ? (['organisation'] as const) : []),
    ...(isNew(request.dpo) ? (['dpo-contact'] as const) : []),
  ];
  const ability = ctx.state.userAbility as { can: (action: string, subject: string) => boolean } | undefined;
  const refused = types.filter((type) => !ability?.can(CREATE, uid(type)));
  if (refused.length) {
    // A PolicyError is the 403 whose message Strapi passes on to the caller; other ForbiddenErrors become a bare "Forbidden".
    throw new errors.PolicyError(`Creating this site needs the Content Manager's "Create" permission on ${refused.map((type) => TYPE_NAMES[type]).join(', ')}`);
  }
};

const service = (strapi: Core.Strapi) => strapi.plugin(PLUGIN_ID).service('site-setup');

const sites = ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(ctx: Context) {
    ctx.body = { data: await service(strapi).options() };
  },

  /** From `retiredAt` (now by default) none of the site's pages is in force; its archive stays readable. */
  async retire(ctx: Context) {
    const body = (await validateYupSchema(retireSchema)(ctx.request.body ?? {})) as { retiredAt?: string; reason: string };
    ctx.body = {
      data: await strapi.plugin(PLUGIN_ID).service('publishing').retire({
        siteDocumentId: String(ctx.params.documentId),
        retiredAt: body.retiredAt ? new Date(body.retiredAt) : undefined,
        reason: body.reason,
        userId: ctx.state.user?.id,
      }),
    };
  },

  async create(ctx: Context) {
    const request = (await validateYupSchema(newSiteSchema)(ctx.request.body ?? {})) as NewSiteRequest;
    assertMayCreate(ctx, request);
    ctx.status = 201;
    ctx.body = { data: await service(strapi).create(request) };
  },
});

export default sites;
