import { validateYupSchema, yup, type AnyObjectSchema } from '../strapi-utils';
import { SITE_ANSWERS } from '../mapping/to-input';
import { isoDateTime } from './dates';
import type { NewSiteRequest, RetireRequest } from '../../../shared/contracts/sites';

/** The requests of the new-site wizard and of a site's retirement (controllers/sites.ts). */

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

export const parseNewSite = async (body: unknown) => (await validateYupSchema(newSiteSchema)(body ?? {})) as NewSiteRequest;
export const parseRetire = async (body: unknown) => (await validateYupSchema(retireSchema)(body ?? {})) as RetireRequest;
