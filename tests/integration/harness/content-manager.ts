import type { Response } from 'supertest';
import { asAdmin, superAdminJwt } from './index';

export const uidOf = (name: string) => `plugin::legal-pages.${name}`;

type Doc = Record<string, unknown> & { documentId: string };

const localeQuery = (locale?: string) => (locale ? `?locale=${encodeURIComponent(locale)}` : '');

/** The admin Content Manager API, as the admin UI calls it, for the plugin's content types. */
export const contentManager = async (token?: string) => {
  const admin = asAdmin(token ?? (await superAdminJwt()));
  const base = (name: string) => `/content-manager/collection-types/${uidOf(name)}`;

  return {
    create: (name: string, data: object, locale?: string) => admin.post(`${base(name)}${localeQuery(locale)}`).send(data),
    get: (name: string, documentId: string, locale?: string) => admin.get(`${base(name)}/${documentId}${localeQuery(locale)}`),
    update: (name: string, documentId: string, data: object, locale?: string) =>
      admin.put(`${base(name)}/${documentId}${localeQuery(locale)}`).send(data),
    delete: (name: string, documentId: string, locale?: string) => admin.delete(`${base(name)}/${documentId}${localeQuery(locale)}`),
    /** The documents a relation field points to, as the Content Manager lists them. */
    related: async (name: string, documentId: string, field: string, locale?: string): Promise<Doc[]> => {
      const res = await admin.get(`/content-manager/relations/${uidOf(name)}/${documentId}/${field}${localeQuery(locale)}`);
      if (res.status !== 200) throw new Error(`relation ${name}.${field}: ${res.status} ${res.text}`);
      return res.body.results as Doc[];
    },
    /** The documents of a type whose fields equal the given values. */
    find: async (name: string, equals: Record<string, unknown>, locale?: string): Promise<Doc[]> => {
      const filters = Object.fromEntries(Object.entries(equals).map(([field, value]) => [field, { $eq: value }]));
      const res = await admin.get(base(name)).query({ ...(locale ? { locale } : {}), filters, pageSize: 100 });
      if (res.status !== 200) throw new Error(`find ${name}: ${res.status} ${res.text}`);
      return res.body.results as Doc[];
    },
    count: async (name: string, locale?: string): Promise<number> => {
      const res = await admin.get(`${base(name)}${locale ? `?locale=${locale}&` : '?'}page=1&pageSize=1`);
      if (res.status !== 200) throw new Error(`count ${name}: ${res.status} ${res.text}`);
      return res.body.pagination.total as number;
    },
    /** Creates and returns the stored document, failing loudly on any error. */
    make: async (name: string, data: object, locale?: string): Promise<Doc> => {
      const res = await admin.post(`${base(name)}${localeQuery(locale)}`).send(data);
      if (res.status !== 201 && res.status !== 200) throw new Error(`create ${name}: ${res.status} ${res.text}`);
      return res.body.data as Doc;
    },
  };
};

/** The validation errors of a 400 response, as `path: message` lines. */
export const validationErrors = (res: Response): string[] =>
  ((res.body?.error?.details?.errors ?? []) as Array<{ path: string[]; message: string }>).map(
    (e) => `${e.path.join('.')}: ${e.message}`
  );

export const connect = (...documentIds: string[]) => ({ connect: documentIds.map((documentId) => ({ documentId })) });
export const connectIn = (locale: string, ...documentIds: string[]) => ({
  connect: documentIds.map((documentId) => ({ documentId, locale })),
});
