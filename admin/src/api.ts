import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { useMemo } from 'react';
import { PLUGIN_ID } from './pluginId';
import type { REGISTER_FORMAT_LABELS } from './utils/labels';

export const PAGE_KINDS = ['privacy-policy', 'privacy-summary', 'legal-notice', 'cookie-policy', 'accessibility-statement'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const SITE_UID = `plugin::${PLUGIN_ID}.site`;

export interface PluginInfo {
  name: string;
  version: string;
  config: { defaultLocale: string; locales: string[] };
  /** The webhook events the plugin emits. */
  events: string[];
}

/** A webhook of Strapi's store, as its admin API (Settings → Webhooks) reads and writes it. */
export interface StrapiWebhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/** The states the overview filters by (the server's `PAGE_STATES`); `checking` until a page's first check. */
export const PAGE_STATES = ['blocked', 'changes-pending', 'scheduled', 'published', 'not-published'] as const;
export type PageStateName = (typeof PAGE_STATES)[number];

/** One page of a site in the overview, from its last check on the server. */
export interface OverviewPageStatus {
  kind: PageKind;
  locale: string;
  state: PageStateName | 'checking';
  /** A write since the last check: a new one is running and the state shown may be behind. */
  checking: boolean;
  version: number | null;
  effectiveAt: string | null;
  changesPending: boolean;
  errors: number;
  warnings: number;
  problems: number;
  firstFinding: { code: string; severity: 'error' | 'warning'; message: { fr: string; en: string }; path: string } | null;
}

export interface OverviewSite {
  documentId: string;
  name: string;
  slug: string | null;
  locales: string[];
  pages: OverviewPageStatus[];
}

export interface OverviewQuery {
  search?: string;
  state?: PageStateName;
  locale?: string;
  page?: number;
  pageSize?: number;
}

export interface Overview {
  data: OverviewSite[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    totals: Record<PageStateName | 'checking' | 'pages' | 'sites', number>;
    /** Pages whose check is due or running. */
    checking: number;
    kinds: PageKind[];
    locales: string[];
  };
}

export interface Site {
  documentId: string;
  name: string;
  slug: string;
  locale?: string;
  publishedLocales?: string[] | null;
}

export interface CustomSection {
  id: string;
  title: string;
  body: string;
  after?: string;
}

export interface PageChoices {
  title: string | null;
  sectionOrder: string[] | null;
  hiddenSections: string[] | null;
  customSections: CustomSection[] | null;
  effectiveDelayDays: number | null;
}

export interface SectionSpec {
  id: string;
  optional: boolean;
}

export interface ChoicesResponse {
  choices: PageChoices;
  sections: SectionSpec[];
}

/** The entry holding the fact behind a finding, as the server resolved it. */
export interface FindingSource {
  type: string;
  documentId: string;
  locale?: string;
  /** The entry's field that holds the fact, and its label in both languages. */
  field?: string;
  fieldLabel?: { en: string; fr: string };
  /** The entry's name: the value of its main field. */
  entryName?: string;
}

export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  message: { fr: string; en: string };
  path: string;
  source?: FindingSource | null;
}

export interface Problem {
  path: string;
  message: string;
  source?: FindingSource | null;
}

export type EntryRef = { documentId: string } | { data: Record<string, unknown> };

export interface NewSiteRequest {
  name: string;
  baseUrl: string;
  locales: string[];
  texts: Record<string, { designation: string; designationGender?: 'feminine' | 'masculine'; directorOfPublicationTitle?: string }>;
  controller: EntryRef;
  publisher?: EntryRef | null;
  host?: EntryRef | null;
  dpo?: EntryRef | null;
  directorOfPublicationName?: string;
  /** Yes/no answers behind the pages' statements of fact; absent while not answered. */
  transfersOutsideEea?: 'yes' | 'no';
  recipientsOutside?: 'yes' | 'no';
  processorContracts?: 'yes' | 'no';
  cookiesUsed?: 'yes' | 'no';
  automatedDecisions?: 'yes' | 'no';
  securityMeasures?: 'yes' | 'no';
}

export interface NewSite {
  documentId: string;
  name: string;
  slug: string;
  locales: string[];
}

export interface SiteSetupOptions {
  /** The locales pages can be composed in: configured for the plugin and enabled in Settings → Internationalization. */
  locales: string[];
  /** Configured for the plugin but missing from Settings → Internationalization. */
  missingLocales: string[];
  organisations: Array<{ documentId: string; name: string; kind: string; city: string | null }>;
  dpoContacts: Array<{ documentId: string; label: string; email: string | null }>;
  /** The short name a new site gives its controller, by kind of controller and locale; null where none fits. */
  designations: Record<string, Record<string, { designation: string; designationGender: 'feminine' | 'masculine' } | null>>;
}

export interface StarterItem {
  section: string;
  key: string;
  label: string;
  /** The kinds of controller whose set offers the item. */
  kinds: string[];
}

export interface StarterReport {
  created: unknown[];
  reused: unknown[];
  linked: Array<{ locale: string; field: string; count: number }>;
}

export interface Preview {
  problems: Problem[];
  findings: Finding[];
  html: string | null;
  blocked: boolean;
}

export interface PublishedVersion {
  number: number;
  effectiveAt: string;
  publishedOn: string;
  changeSummary: string | null;
  contentHash: string;
  publishedWithErrors: boolean;
}

export interface PublicVersion {
  version: number;
  effectiveAt: string;
  publishedAt: string;
  changeSummary: string | null;
  contentHash: string;
  inForce: boolean;
  /** Set when the version was withdrawn before it took effect: it was never in force. */
  withdrawn: { at: string; reason: string } | null;
}

/** A file the browser saves under the name the server gave it. */
export interface Download {
  blob: Blob;
  filename: string;
}

export interface PageRef {
  documentId: string;
  kind: string;
  locale: string;
}

/** The formats of the processing register's export (`GET /register`). */
export type RegisterFormat = keyof typeof REGISTER_FORMAT_LABELS;

const pagePath = ({ documentId, kind, locale }: PageRef) =>
  `/${PLUGIN_ID}/sites/${encodeURIComponent(documentId)}/pages/${encodeURIComponent(kind)}/${encodeURIComponent(locale)}`;

/** The server's own message for a failed request, else the error's. */
export const errorMessage = (error: unknown): string => {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (message) return message;
  }
  return error instanceof Error ? error.message : String(error);
};

/** The plugin's admin API, through the admin's authenticated fetch client. */
export const useLegalPagesApi = () => {
  const { get, put, post } = useFetchClient();
  /** A file from the server; a refusal keeps the server's message, which a blob response would otherwise hide. */
  const download = async (url: string, fallbackName: string): Promise<Download> => {
    const res = await get(url, { responseType: 'blob', validateStatus: () => true });
    if (res.status !== undefined && res.status >= 400) {
      const body = (await res.data.text().then(JSON.parse).catch(() => null)) as { error?: { message?: string } } | null;
      throw new Error(body?.error?.message ?? `${res.status}`);
    }
    const disposition = res.headers?.get('content-disposition') ?? '';
    return { blob: res.data, filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName };
  };
  return useMemo(
    () => ({
      info: async () => (await get<{ data: PluginInfo }>(`/${PLUGIN_ID}/info`)).data.data,
      overview: async (query: OverviewQuery) => {
        const params = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined || value === '' ? [] : [[key, String(value)]])));
        const search = params.toString();
        return (await get<Overview>(`/${PLUGIN_ID}/pages${search ? `?${search}` : ''}`)).data;
      },
      sites: async (locale: string) =>
        (await get<{ results: Site[] }>(`/content-manager/collection-types/${SITE_UID}?locale=${encodeURIComponent(locale)}&pageSize=100&sort=updatedAt:desc`)).data.results,
      site: async (documentId: string, locale: string) =>
        (await get<{ data: Site }>(`/content-manager/collection-types/${SITE_UID}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`)).data
          .data,
      choices: async (page: PageRef) => (await get<{ data: ChoicesResponse }>(pagePath(page))).data.data,
      saveChoices: async (page: PageRef, choices: Partial<PageChoices>) => (await put<{ data: ChoicesResponse }>(pagePath(page), choices)).data.data,
      preview: async (page: PageRef) => (await get<{ data: Preview }>(`${pagePath(page)}/preview`)).data.data,
      previewDraft: async (page: PageRef, choices: Partial<PageChoices>, signal?: AbortSignal) =>
        (await post<{ data: Preview }>(`${pagePath(page)}/preview`, choices, { signal })).data.data,
      siteSetup: async () => (await get<{ data: SiteSetupOptions }>(`/${PLUGIN_ID}/site-setup`)).data.data,
      createSite: async (body: NewSiteRequest) => (await post<{ data: NewSite }>(`/${PLUGIN_ID}/sites`, body)).data.data,
      starterItems: async (locale: string) => (await get<{ data: StarterItem[] }>(`/${PLUGIN_ID}/starter-library?locale=${encodeURIComponent(locale)}`)).data.data,
      applyStarter: async (documentId: string, keys: string[]) =>
        (await post<{ data: StarterReport }>(`/${PLUGIN_ID}/sites/${encodeURIComponent(documentId)}/starter-library`, { keys })).data.data,
      publish: async (page: PageRef, body: { effectiveAt?: string; changeSummary?: string }) =>
        (await post<{ data: PublishedVersion }>(`${pagePath(page)}/publish`, body)).data.data,
      withdraw: async (page: PageRef, number: number, reason: string) =>
        (await post<{ data: PublishedVersion }>(`${pagePath(page)}/versions/${number}/withdraw`, { reason })).data.data,
      /** Every published version of one site (or of all), as the .tar.gz archive the import reads back. */
      archive: (documentId?: string) =>
        download(`/${PLUGIN_ID}/archive${documentId ? `?site=${encodeURIComponent(documentId)}` : ''}`, 'legal-pages-archive.tar.gz'),
      webhooks: async () => (await get<{ data: StrapiWebhook[] }>('/admin/webhooks')).data.data,
      /** Through Strapi's own webhook API, which checks the events against its store and reloads its runner. */
      updateWebhook: async ({ id, name, url, headers, events, isEnabled }: StrapiWebhook) =>
        (await put<{ data: StrapiWebhook }>(`/admin/webhooks/${encodeURIComponent(id)}`, { name, url, headers: headers ?? {}, events, isEnabled })).data.data,
      /** The register as a file, in one language and one format. */
      registerFile: (format: RegisterFormat, locale: string) =>
        download(`/${PLUGIN_ID}/register?${new URLSearchParams({ format, locale }).toString()}`, `processing-register-${locale}.${format}`),
    }),
    [get, put, post]
  );
};

/** Hands a downloaded file to the browser, which saves it. */
export const saveDownload = ({ blob, filename }: Download) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** The public (content API) address of a published page; read without the admin's credentials. */
export const publicUrl = (slug: string, kind: string, suffix = '', query: Record<string, string> = {}) => {
  const base = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
  const search = new URLSearchParams(query).toString();
  return `${base}/api/${PLUGIN_ID}/pages/${encodeURIComponent(slug)}/${encodeURIComponent(kind)}${suffix}${search ? `?${search}` : ''}`;
};

export const fetchPublic = async <T,>(url: string, as: 'json' | 'text' = 'json'): Promise<T> => {
  // Revalidated: the editor must see a publication or a withdrawal at once, not the copy cached for visitors.
  const res = await fetch(url, { cache: 'no-cache', headers: { Accept: as === 'json' ? 'application/json' : '*/*' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      /* not JSON */
    }
    throw new Error(message);
  }
  return (as === 'json' ? res.json() : res.text()) as Promise<T>;
};

/** The Content Manager's edit page of one of the plugin's entries, inside the admin router. */
export const entryEditPath = (type: string, documentId: string, locale?: string) =>
  `/content-manager/collection-types/plugin::${PLUGIN_ID}.${type}/${encodeURIComponent(documentId)}${locale ? `?plugins[i18n][locale]=${encodeURIComponent(locale)}` : ''}`;

export const composerPath = (documentId: string, kind: string, locale: string) =>
  `/plugins/${PLUGIN_ID}/sites/${encodeURIComponent(documentId)}/${kind}/${locale}`;
