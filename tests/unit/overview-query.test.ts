import { parseOverviewQuery } from '../../server/src/validation/overview-query';

const LOCALES = ['fr', 'en'];
const refusal = async (query: Record<string, unknown>) => {
  try {
    await parseOverviewQuery(query, LOCALES);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('the overview’s query parameters', () => {
  it('defaults to the first page of 20 sites, everything shown', async () => {
    expect(await parseOverviewQuery({}, LOCALES)).toEqual({ page: 1, pageSize: 20 });
  });

  it('reads search, state, locale and paging', async () => {
    expect(await parseOverviewQuery({ search: '  nîmes ', state: 'blocked', locale: 'en', page: '3', pageSize: '50' }, LOCALES)).toEqual({
      search: 'nîmes',
      state: 'blocked',
      locale: 'en',
      page: 3,
      pageSize: 50,
    });
  });

  it('refuses a bad value naming the parameter', async () => {
    expect(await refusal({ state: 'draft' })).toMatch(/^state must be one of blocked, changes-pending/);
    expect(await refusal({ locale: 'de' })).toMatch(/^locale must be one of the plugin's locales: fr, en/);
    expect(await refusal({ page: '0' })).toMatch(/^page must be a whole number/);
    expect(await refusal({ pageSize: '101' })).toMatch(/^pageSize must be a whole number from 1 to 100/);
    expect(await refusal({ state: ['blocked', 'published'] })).toMatch(/^state must be given once/);
    expect(await refusal({ sort: 'name' })).toMatch(/unknown query parameter "sort"/);
  });
});
