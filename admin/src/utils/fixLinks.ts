/**
 * The links between the composer and the Content Manager: a finding or a section opens the entry behind it at the
 * field to fix, and the edit view offers one click back to the composer it came from. Pure.
 */
import { PLUGIN_ID } from '../pluginId';

/** Strapi's own parameter: the edit view focuses the input of that name and scrolls it into view. */
export const FIELD_PARAM = 'field';
/** The plugin's: the composer to go back to. */
export const RETURN_PARAM = 'legalPagesReturn';

const MODEL_PREFIX = `plugin::${PLUGIN_ID}.`;
const COMPOSER_PREFIX = `/plugins/${PLUGIN_ID}/sites/`;

export interface EntryLink {
  type: string;
  documentId: string;
  locale?: string;
  field?: string;
  /** The composer's path inside the admin, as `composerPath` gives it. */
  returnTo?: string;
}

/** The Content Manager's edit page of one of the plugin's entries, inside the admin router. */
export const entryEditPath = ({ type, documentId, locale, field, returnTo }: EntryLink) => {
  const query = [
    ...(locale ? [`plugins[i18n][locale]=${encodeURIComponent(locale)}`] : []),
    ...(field ? [`${FIELD_PARAM}=${encodeURIComponent(field)}`] : []),
    ...(returnTo ? [`${RETURN_PARAM}=${encodeURIComponent(returnTo)}`] : []),
  ];
  return `/content-manager/collection-types/${MODEL_PREFIX}${type}/${encodeURIComponent(documentId)}${query.length ? `?${query.join('&')}` : ''}`;
};

/**
 * A path the back link may lead to: one of the plugin's composer pages, nothing else, so a crafted link cannot send
 * the editor off the admin.
 */
export const isComposerPath = (path: string) => path.startsWith(COMPOSER_PREFIX) && !/[\\]|\/\/|\/\.\.?(\/|$)|^[^?#]*:/.test(path);

/** What a link from the composer asks of the edit view. */
export const readFixParams = (search: string): { field?: string; returnTo?: string } => {
  const params = new URLSearchParams(search);
  const field = params.get(FIELD_PARAM) ?? undefined;
  const returnTo = params.get(RETURN_PARAM) ?? undefined;
  return { ...(field ? { field } : {}), ...(returnTo && isComposerPath(returnTo) ? { returnTo } : {}) };
};

/** The plugin's content type behind a Content Manager model (`plugin::legal-pages.organisation` → `organisation`). */
export const entryTypeOf = (model: string | undefined): string | undefined =>
  model?.startsWith(MODEL_PREFIX) ? model.slice(MODEL_PREFIX.length) : undefined;

/**
 * The composer's own input that holds a finding's fact, for paths no entry holds: the notice period. Other page
 * choices (the date of effect, the locale) are set when publishing.
 */
export const composerField = (path: string): string | undefined => (/^\/page\/noticeDays(\/|$)/.test(path) ? 'effectiveDelayDays' : undefined);
