import { errors } from '../strapi-utils';
import { PAGE_KINDS, type PageKind } from '../core';
import { AT_PATTERN, FORMATS, LOCALE_PATTERN, VERSION_NUMBER_PATTERN, type Format } from './shape';

/** Parsing of the public routes' parameters, shared by REST and GraphQL so both answer alike. */

const LOCALE = new RegExp(LOCALE_PATTERN);
const AT = new RegExp(AT_PATTERN);
const VERSION_NUMBER = new RegExp(VERSION_NUMBER_PATTERN);

export const parseKind = (value: string): PageKind => {
  if (!(PAGE_KINDS as readonly string[]).includes(value)) {
    throw new errors.NotFoundError(`Unknown page kind "${value}": use one of ${PAGE_KINDS.join(', ')}`);
  }
  return value as PageKind;
};

export const parseLocale = (locale: string | undefined) => {
  if (locale !== undefined && !LOCALE.test(locale)) throw new errors.ValidationError(`locale "${locale}" is not a locale code such as "fr" or "en"`);
  return locale;
};

export const parseFormat = (format: string | undefined): Format => {
  const value = format ?? 'json';
  // An own key: "__proto__", "constructor" or "toString" are in every object, not formats.
  if (!Object.hasOwn(FORMATS, value)) throw new errors.ValidationError(`format "${value}" is not one of ${Object.keys(FORMATS).join(', ')}`);
  return value as Format;
};

/** `at=YYYY-MM-DD`: the end of that day (UTC), so a version that took effect during the day counts. */
export const parseAt = (at: string | undefined): Date | undefined => {
  if (at === undefined) return undefined;
  const date = AT.test(at) ? new Date(`${at}T23:59:59.999Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== at) throw new errors.ValidationError(`at "${at}" is not a date written YYYY-MM-DD`);
  return date;
};

export const parseNumber = (value: string) => {
  if (!VERSION_NUMBER.test(value)) throw new errors.ValidationError(`version "${value}" is not a positive whole number`);
  return Number(value);
};
