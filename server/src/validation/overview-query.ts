import { PAGE_STATES, type OverviewQuery } from '../core/overview';
import { validateYupSchema, yup } from '../strapi-utils';

export const OVERVIEW_PAGE_SIZE = 20;
export const OVERVIEW_MAX_PAGE_SIZE = 100;

/** A query parameter given once: `?state=a&state=b` arrives as an array, refused as such rather than as a bad value. */
const once = () => yup.string().typeError('${path} must be given once');

const wholeNumber = (max: number) =>
  once().test('whole', `\${path} must be a whole number from 1 to ${max}`, (value) => value === undefined || (/^[1-9]\d{0,5}$/.test(value) && Number(value) <= max));

/** `GET /legal-pages/pages`: search by site, filter by state and locale, paging by site. */
const overviewQuerySchema = (locales: string[]) =>
  yup
    .object({
      search: once().max(200, '${path} must be at most ${max} characters'),
      state: once().test('state', `\${path} must be one of ${PAGE_STATES.join(', ')}`, (value) => value === undefined || (PAGE_STATES as readonly string[]).includes(value)),
      locale: once().test('locale', `\${path} must be one of the plugin's locales: ${locales.join(', ')}`, (value) => value === undefined || locales.includes(value)),
      page: wholeNumber(100_000),
      pageSize: wholeNumber(OVERVIEW_MAX_PAGE_SIZE),
    })
    .noUnknown(true, 'unknown query parameter "${unknown}": use search, state, locale, page or pageSize');

export const parseOverviewQuery = async (query: unknown, locales: string[]): Promise<OverviewQuery> => {
  const valid = (await validateYupSchema(overviewQuerySchema(locales))(query ?? {})) as Record<string, string | undefined>;
  const search = valid.search?.trim();
  return {
    ...(search ? { search } : {}),
    ...(valid.state ? { state: valid.state as OverviewQuery['state'] } : {}),
    ...(valid.locale ? { locale: valid.locale } : {}),
    page: valid.page ? Number(valid.page) : 1,
    pageSize: valid.pageSize ? Number(valid.pageSize) : OVERVIEW_PAGE_SIZE,
  };
};
