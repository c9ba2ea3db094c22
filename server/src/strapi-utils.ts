import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiUtils from '@strapi/utils';

/**
 * The @strapi/utils of the running Strapi, not a copy of the plugin's own. Strapi's error middleware answers 4xx only
 * for errors that are instances of its own copy's classes (`instanceof`), and npm gives each Strapi package a nested
 * copy of its exact version while a plugin's would be the newest: thrown from a second copy, every refusal of the
 * plugin (and every failed check of the Content Manager's writes) would answer 500.
 */
const hostUtils = (): typeof StrapiUtils => {
  const appRoot = (globalThis as { strapi?: { dirs?: { app?: { root?: string } } } }).strapi?.dirs?.app?.root ?? process.cwd();
  const fromApp = createRequire(path.join(appRoot, 'package.json'));
  const fromCore = createRequire(fromApp.resolve('@strapi/core/package.json'));
  return fromCore('@strapi/utils') as typeof StrapiUtils;
};

const utils = hostUtils();

export const errors: typeof StrapiUtils.errors = utils.errors;
export const yup: typeof StrapiUtils.yup = utils.yup;
export const validateYupSchema: typeof StrapiUtils.validateYupSchema = utils.validateYupSchema;
export type AnyObjectSchema = StrapiUtils.yup.AnyObjectSchema;
