import { useFetchClient } from '@strapi/strapi/admin';
import { useMemo } from 'react';
import { PLUGIN_ID } from './pluginId';
import type { DataResponse, PageRef } from '../../shared/contracts/common';
import type { EntryUsage, SharedEntryType } from '../../shared/contracts/entries';
import type { PluginInfo } from '../../shared/contracts/info';
import type { OverviewQuery, OverviewResponse } from '../../shared/contracts/overview';
import type { ChoicesResponse, PageChoicesRequest, Preview, PublishRequest, VersionSummary } from '../../shared/contracts/pages';
import type { RegisterFormat } from '../../shared/contracts/register';
import type { NewSite, NewSiteRequest, SiteSetupOptions } from '../../shared/contracts/sites';
import type { StarterLibraryItem, StarterReport } from '../../shared/contracts/starter-library';
import type { VersionResponse, VersionsResponse } from '../../shared/contracts/versions';

// The HTTP contract is the server's (shared/contracts/): the admin reads its types, never declares its own copies.
export { PAGE_KINDS, type PageKind, type PageRef } from '../../shared/contracts/common';
export { PAGE_STATES } from '../../shared/contracts/overview';
export type { OverviewPage, OverviewQuery, OverviewResponse, OverviewRow, PageState } from '../../shared/contracts/overview';
export type { ChoicesResponse, CustomSection, Finding, FindingSource, PageChoices, PageChoicesRequest, Preview, Problem, SectionSource, SectionSpec, VersionSummary } from '../../shared/contracts/pages';
export type { EntryUsage, SharedEntryType, SiteRef } from '../../shared/contracts/entries';
export type { EntryRef, NewSite, NewSiteRequest, SiteSetupOptions } from '../../shared/contracts/sites';
export type { StarterLibraryItem, StarterReport } from '../../shared/contracts/starter-library';
export type { VersionListItem, VersionResponse, VersionsResponse } from '../../shared/contracts/versions';
export type { PluginInfo, RegisterFormat };

export const SITE_UID = `plugin::${PLUGIN_ID}.site`;

/** A webhook of Strapi's store, as its admin API (Settings → Webhooks) reads and writes it: Strapi's contract, not the plugin's. */
export interface StrapiWebhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/** A site entry as the Content Manager's API answers it (the fields the admin reads). */
export interface Site {
  documentId: string;
  name: string;
  slug: string;
  locale?: string;
  publishedLocales?: string[] | null;
}

/** A file the browser saves under the name the server gave it. */
export interface Download {
  blob: Blob;
  filename: string;
}

const pagePath = ({ documentId, kind, locale }: PageRef) =>
  `/${PLUGIN_ID}/sites/${encodeURIComponent(documentId)}/pages/${encodeURIComponent(kind)}/${encodeURIComponent(locale)}`;

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
      info: async () => (await get<DataResponse<PluginInfo>>(`/${PLUGIN_ID}/info`)).data.data,
      overview: async (query: OverviewQuery) => {
        const params = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined || value === '' ? [] : [[key, String(value)]])));
        const search = params.toString();
        return (await get<OverviewResponse>(`/${PLUGIN_ID}/pages${search ? `?${search}` : ''}`)).data;
      },
      sites: async (locale: string) =>
        (await get<{ results: Site[] }>(`/content-manager/collection-types/${SITE_UID}?locale=${encodeURIComponent(locale)}&pageSize=100&sort=updatedAt:desc`)).data.results,
      site: async (documentId: string, locale: string) =>
        (await get<{ data: Site }>(`/content-manager/collection-types/${SITE_UID}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`)).data
          .data,
      choices: async (page: PageRef) => (await get<DataResponse<ChoicesResponse>>(pagePath(page))).data.data,
      saveChoices: async (page: PageRef, choices: PageChoicesRequest) => (await put<DataResponse<ChoicesResponse>>(pagePath(page), choices)).data.data,
      preview: async (page: PageRef, signal?: AbortSignal) => (await get<DataResponse<Preview>>(`${pagePath(page)}/preview`, { signal })).data.data,
      previewDraft: async (page: PageRef, choices: PageChoicesRequest, signal?: AbortSignal) =>
        (await post<DataResponse<Preview>>(`${pagePath(page)}/preview`, choices, { signal })).data.data,
      siteSetup: async () => (await get<DataResponse<SiteSetupOptions>>(`/${PLUGIN_ID}/site-setup`)).data.data,
      createSite: async (body: NewSiteRequest) => (await post<DataResponse<NewSite>>(`/${PLUGIN_ID}/sites`, body)).data.data,
      starterItems: async (locale: string) =>
        (await get<DataResponse<StarterLibraryItem[]>>(`/${PLUGIN_ID}/starter-library?locale=${encodeURIComponent(locale)}`)).data.data,
      applyStarter: async (documentId: string, keys: string[]) =>
        (await post<DataResponse<StarterReport>>(`/${PLUGIN_ID}/sites/${encodeURIComponent(documentId)}/starter-library`, { keys })).data.data,
      publish: async (page: PageRef, body: PublishRequest) => (await post<DataResponse<VersionSummary>>(`${pagePath(page)}/publish`, body)).data.data,
      withdraw: async (page: PageRef, number: number, reason: string) =>
        (await post<DataResponse<VersionSummary>>(`${pagePath(page)}/versions/${number}/withdraw`, { reason })).data.data,
      /** The page's versions, newest first, through the admin API: the history does not depend on the Public role. */
      versions: async (page: PageRef) => (await get<VersionsResponse>(`${pagePath(page)}/versions`)).data.data,
      /** The same list with `inForce` marking the version in force at the end of `at` (YYYY-MM-DD, UTC). */
      versionsAt: async (page: PageRef, at: string) => (await get<VersionsResponse>(`${pagePath(page)}/versions?${new URLSearchParams({ at }).toString()}`)).data,
      /** One version as its JSON tree. */
      version: async (page: PageRef, number: number) => (await get<VersionResponse>(`${pagePath(page)}/versions/${number}?format=json`)).data.data,
      /** One version as its published HTML. */
      versionHtml: async (page: PageRef, number: number) =>
        (await get<string>(`${pagePath(page)}/versions/${number}?format=html`, { responseType: 'text' })).data,
      /** Every published version of one site (or of all), as the .tar.gz archive the import reads back. */
      archive: (documentId?: string) =>
        download(`/${PLUGIN_ID}/archive${documentId ? `?site=${encodeURIComponent(documentId)}` : ''}`, 'legal-pages-archive.tar.gz'),
      /** The sites whose pages an entry feeds, named in `locale` where they have it. */
      entrySites: async (type: SharedEntryType, documentId: string, locale?: string) =>
        (
          await get<DataResponse<EntryUsage>>(
            `/${PLUGIN_ID}/entries/${encodeURIComponent(type)}/${encodeURIComponent(documentId)}/sites${locale ? `?locale=${encodeURIComponent(locale)}` : ''}`
          )
        ).data.data,
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

export { entryEditPath } from './utils/fixLinks';

export const composerPath = (documentId: string, kind: string, locale: string) =>
  `/plugins/${PLUGIN_ID}/sites/${encodeURIComponent(documentId)}/${kind}/${locale}`;
