import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import type { Context } from 'koa';
import { PLUGIN_ID } from '../plugin-id';
import type { NewSiteRequest } from '../services/site-setup';

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
const entryRef = (data: yup.AnyObjectSchema, required: boolean) =>
  yup.lazy((value: unknown) => {
    if (value === null || value === undefined) return required ? yup.mixed().required() : yup.mixed().nullable();
    return value && typeof value === 'object' && 'documentId' in value
      ? yup.object({ documentId: yup.string().required().max(64) }).noUnknown(true, noUnknown)
      : yup.object({ data: data.required() }).noUnknown(true, noUnknown);
  }) as unknown as yup.AnyObjectSchema;

const texts = yup.object({
  designation: text(120).required(),
  designationGender: yup.string().oneOf(['feminine', 'masculine']),
  directorOfPublicationTitle: text(200),
});

const newSiteSchema = yup
  .object({
    name: text(200).required(),
    baseUrl: text(500).required(),
    locales: yup.array().of(yup.string().required()).min(1).required(),
    texts: yup.lazy((value: unknown) =>
      yup
        .object(Object.fromEntries(Object.keys(value && typeof value === 'object' ? value : {}).map((locale) => [locale, texts.noUnknown(true, noUnknown)])))
        .required()
    ) as unknown as yup.AnyObjectSchema,
    controller: entryRef(organisationData, true),
    publisher: entryRef(organisationData, false),
    host: entryRef(organisationData, false),
    dpo: entryRef(dpoData, false),
    directorOfPublicationName: text(200),
  })
  .noUnknown(true, noUnknown);

const service = (strapi: Core.Strapi) => strapi.plugin(PLUGIN_ID).service('site-setup');

const sites = ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(ctx: Context) {
    ctx.body = { data: await service(strapi).options() };
  },

  async create(ctx: Context) {
    const request = (await validateYupSchema(newSiteSchema)(ctx.request.body ?? {})) as NewSiteRequest;
    ctx.status = 201;
    ctx.body = { data: await service(strapi).create(request) };
  },
});

export default sites;
