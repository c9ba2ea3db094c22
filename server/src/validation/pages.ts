import type { Context } from 'koa';
import { errors, validateYupSchema, yup } from '../strapi-utils';
import { hasLocalePack, PAGE_KINDS, type PageKind } from '../core';
import { isoDateTime } from './dates';
import { parseAt, parseNumber } from '../public/params';
import type { PageChoicesRequest, PublishRequest, WithdrawRequest } from '../../../shared/contracts/pages';
import { REGISTER_FORMATS, type RegisterQuery } from '../../../shared/contracts/register';

/** The requests of the composer's and the register's admin routes (controllers/pages.ts, controllers/versions.ts). */

const CLOCK_SKEW_MS = 60_000;

const publishSchema = yup
  .object({
    effectiveAt: isoDateTime()
      .test('not-past', '${path} must be now or later', (value) => !value || Number.isNaN(Date.parse(value)) || Date.parse(value) >= Date.now() - CLOCK_SKEW_MS),
    effectiveInDays: yup
      .number()
      .typeError('${path} must be a whole number of days')
      .integer('${path} must be a whole number of days')
      .min(0, '${path} must be 0 (now) or more')
      .max(365, '${path} must be at most 365 days')
      .test('one-date', '${path} cannot be given with effectiveAt: choose one', function one(value) {
        return value === undefined || value === null || !this.parent.effectiveAt;
      }),
    changeSummary: yup.string().max(2000),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

const withdrawSchema = yup
  .object({
    reason: yup.string().trim().required('${path} is required: say why the version is withdrawn').min(3).max(2000),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

const sectionIds = yup.array().of(yup.string().required().max(100)).max(50).nullable();

const choicesSchema = yup
  .object({
    title: yup.string().max(200).nullable(),
    sectionOrder: sectionIds,
    hiddenSections: sectionIds,
    customSections: yup
      .array()
      .of(
        yup
          .object({
            id: yup.string().required().max(60),
            title: yup.string().required().max(200),
            body: yup.string().required().max(20000),
            after: yup.string().max(100),
          })
          .noUnknown(true, '${path} has an unknown field "${unknown}"')
      )
      .max(30)
      .nullable(),
    effectiveDelayDays: yup.number().integer().min(0).max(365).nullable(),
    introduction: yup.string().max(5000).nullable(),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

/** A query parameter given once, among `values`; a repeated one is refused as such, not also as an unknown value. */
const oneQueryValue = (values: string[], message: string) =>
  yup
    .string()
    .typeError('${path} must be given once')
    .test('one-of', message, (value) => typeof value !== 'string' || values.includes(value));


/** The register is exported in one of the plugin's locales, which have a locale pack for its fixed words. */
const registerQuerySchema = (locales: string[]) =>
  yup.object({
    format: oneQueryValue([...REGISTER_FORMATS], `\${path} must be one of ${REGISTER_FORMATS.join(', ')}`),
    locale: oneQueryValue(locales, `\${path} must be one of the plugin's locales: ${locales.join(', ')}`),
  });

/** `:documentId/pages/:kind/:locale`: an unknown kind is a 404, as an unknown page would be. */
export const pageParams = (ctx: Context) => {
  const { documentId, kind, locale } = ctx.params as Record<string, string>;
  if (!(PAGE_KINDS as readonly string[]).includes(kind)) throw new errors.NotFoundError(`Unknown page kind "${kind}": use one of ${PAGE_KINDS.join(', ')}`);
  return { siteDocumentId: documentId, kind: kind as PageKind, locale };
};

export const parseChoices = async (body: unknown) => (await validateYupSchema(choicesSchema)(body ?? {})) as PageChoicesRequest;
export const parsePublish = async (body: unknown) => (await validateYupSchema(publishSchema)(body ?? {})) as PublishRequest;
export const parseWithdraw = async (body: unknown) => (await validateYupSchema(withdrawSchema)(body ?? {})) as WithdrawRequest;
/** The register is exported in one of `locales` (those with a locale pack, for its fixed words). */
export const parseRegisterQuery = async (query: unknown, locales: string[]) =>
  (await validateYupSchema(registerQuerySchema(locales.filter(hasLocalePack)))(query)) as RegisterQuery;
/** `/versions/:number`. */
export const versionNumberParam = (ctx: Context) => parseNumber(String(ctx.params.number));
/**
 * `/versions?at=YYYY-MM-DD`, read as the public `?at=` is (the end of that day, UTC): the day as given, and the moment.
 */
export const versionsAtParam = (ctx: Context): { day: string; time: number } | undefined => {
  const value = ctx.query.at;
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new errors.ValidationError('at must be given once');
  const at = parseAt(value);
  return at && { day: value, time: at.getTime() };
};
