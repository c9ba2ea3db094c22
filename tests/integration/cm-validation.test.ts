/**
 * Issue 15: the Content Manager refuses at save time what publication would refuse later, with the core's own rules
 * (validation/core-fields.ts): a 400 whose `details.errors[].path` names the field, so the Content Manager shows the
 * reason on it, and nothing written.
 */
import { asAdmin, superAdminJwt } from './harness';
import { contentManager, uidOf } from './harness/content-manager';
import { samples } from './fixtures/samples';

const VALID_SIREN = samples.organisation.siren;
// The valid SIREN with its last digit changed: nine digits, but its check digit (Luhn) fails.
const BAD_SIREN = `${VALID_SIREN.slice(0, 8)}${(Number(VALID_SIREN[8]) + 1) % 10}`;

type FieldError = { path: string[]; message: string };
const fieldErrors = (body: { error?: { details?: { errors?: FieldError[] } } }): FieldError[] => body.error?.details?.errors ?? [];

// Without its SIRET, which would also be refused for not beginning with the SIREN.
const { siret: _siret, ...organisation } = samples.organisation;

describe('the Content Manager holds the plugin’s fields to the core’s rules', () => {
  it('refuses a SIREN that fails its check digit, naming the field, and writes nothing', async () => {
    const cm = await contentManager();
    const before = await cm.count('organisation');
    const res = await cm.create('organisation', { ...organisation, siren: BAD_SIREN }).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(fieldErrors(res.body)).toEqual([expect.objectContaining({ path: ['siren'], message: expect.stringMatching(/^siren fails its check digit/) })]);
    expect(await cm.count('organisation')).toBe(before);
    expect(await cm.find('organisation', { siren: BAD_SIREN })).toEqual([]);
  });

  it('saves a valid SIREN', async () => {
    const cm = await contentManager();
    const created = await cm.make('organisation', { ...organisation, siren: VALID_SIREN });
    const stored = (await cm.get('organisation', created.documentId).expect(200)).body.data;
    expect(stored.siren).toBe(VALID_SIREN);
  });

  it('refuses a bad SIREN on update and leaves the entry as it was', async () => {
    const cm = await contentManager();
    const created = await cm.make('organisation', { ...organisation, siren: VALID_SIREN });
    const res = await cm.update('organisation', created.documentId, { siren: BAD_SIREN }).expect(400);
    expect(fieldErrors(res.body).map((e) => e.path)).toEqual([['siren']]);
    const stored = (await cm.get('organisation', created.documentId).expect(200)).body.data;
    expect(stored.siren).toBe(VALID_SIREN);
  });

  it('refuses a bad SIREN in a duplicate, as the Content Manager’s "Duplicate" sends it', async () => {
    const cm = await contentManager();
    const source = await cm.make('organisation', { ...organisation, siren: VALID_SIREN });
    const before = await cm.count('organisation');
    const res = await asAdmin(await superAdminJwt())
      .post(`/content-manager/collection-types/${uidOf('organisation')}/clone/${source.documentId}`)
      .send({ ...organisation, siren: BAD_SIREN })
      .expect(400);
    expect(fieldErrors(res.body).map((e) => e.path)).toEqual([['siren']]);
    expect(await cm.count('organisation')).toBe(before);
  });

  // Values the Content Manager stored before, and publication then refused.
  it.each([
    ['organisation', { ...organisation, shareCapital: 1000, shareCapitalCurrency: 'eur' }, 'shareCapitalCurrency'],
    ['retention-period', { ...samples['retention-period'], durationValue: 1100, durationUnit: 'months' }, 'durationValue'],
  ] as const)('refuses in a %s what the core refuses: %j', async (name, data, field) => {
    const cm = await contentManager();
    const locale = name === 'retention-period' ? 'fr' : undefined;
    const before = await cm.count(name, locale);
    const res = await cm.create(name, data, locale).expect(400);
    expect(fieldErrors(res.body).map((e) => e.path)).toContainEqual([field]);
    expect(await cm.count(name, locale)).toBe(before);
  });
});
