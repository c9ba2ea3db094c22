import type { Core } from '@strapi/strapi';
import { uid } from './plugin-id';
import { isUniqueViolation } from './services/unique-violation';

/** Another process may have written the same row in the meantime: that is the outcome wanted, not an error. */
export const createUnlessPresent = async (create: () => Promise<unknown>) => {
  try {
    await create();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
};

/**
 * Runs `work` once per installation. The fact is kept in the plugin's own table, not in Strapi's core store: Strapi
 * drops a removed plugin's tables and keeps its core-store keys, so a reinstall runs it again, as a first install.
 * `work` returns what to record, or null when it could not be done yet (it is tried again at the next start).
 */
export const oncePerInstallation = async (strapi: Core.Strapi, key: string, work: () => Promise<Record<string, unknown> | null>) => {
  const state = strapi.db.query(uid('plugin-state'));
  if (await state.findOne({ where: { key }, select: ['id'] })) return;
  const value = await work();
  if (value) await createUnlessPresent(() => state.create({ data: { key, value: { at: new Date().toISOString(), ...value } } }));
};
