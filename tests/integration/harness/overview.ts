import { asAdmin, superAdminJwt } from './index';

export interface OverviewPage {
  kind: string;
  locale: string;
  state: string;
  checking: boolean;
  version: number | null;
  changesPending: boolean;
  errors: number;
  warnings: number;
  firstFinding: { code: string; message: { fr: string; en: string } } | null;
}
export interface OverviewBody {
  data: Array<{ documentId: string; name: string; locales: string[]; pages: OverviewPage[] }>;
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number }; totals: Record<string, number>; checking: number };
}

/**
 * `GET /legal-pages/pages` once the server has checked every page a write made stale: the check runs in the background
 * after each write, and the overview says how many pages it has left (`meta.checking`).
 */
export const settledOverview = async (query: Record<string, string | number> = {}, timeoutMs = 60_000): Promise<OverviewBody> => {
  const deadline = Date.now() + timeoutMs;
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  for (;;) {
    const res = await asAdmin(await superAdminJwt()).get(`/legal-pages/pages${search ? `?${search}` : ''}`);
    if (res.status !== 200) throw new Error(`GET /legal-pages/pages: ${res.status} ${res.text}`);
    const body = res.body as OverviewBody;
    if (body.meta.checking === 0) return body;
    if (Date.now() > deadline) throw new Error(`the overview still checks ${body.meta.checking} pages after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

export const pageIn = (body: OverviewBody, documentId: string, kind: string, locale = 'fr') =>
  body.data.find((site) => site.documentId === documentId)?.pages.find((p) => p.kind === kind && p.locale === locale);
