import { useMutation, useQuery, useQueryClient } from 'react-query';
import { PLUGIN_ID } from './pluginId';
import { useLegalPagesApi, type OverviewQuery, type SharedEntryType, type OverviewResponse, type PageChoicesRequest, type PageRef, type StrapiWebhook } from './api';
import type { PublishRequest } from '../../shared/contracts/pages';

/**
 * The admin's reads and writes on the Strapi admin's own QueryClient (react-query 3, which `@strapi/admin` provides):
 * each read has a key, so a write invalidates exactly what it changed, and an answer that arrives after its key
 * changed is dropped by the library, not by hand.
 */
const pageKey = ({ documentId, kind, locale }: PageRef) => [PLUGIN_ID, 'page', documentId, kind, locale] as const;

export const queryKeys = {
  all: [PLUGIN_ID] as const,
  info: [PLUGIN_ID, 'info'] as const,
  webhooks: [PLUGIN_ID, 'webhooks'] as const,
  overviews: [PLUGIN_ID, 'overview'] as const,
  overview: (query: OverviewQuery) => [PLUGIN_ID, 'overview', query] as const,
  siteSetup: [PLUGIN_ID, 'site-setup'] as const,
  starterItems: (locale: string) => [PLUGIN_ID, 'starter-library', locale] as const,
  site: (documentId: string, locale: string) => [PLUGIN_ID, 'site', documentId, locale] as const,
  page: pageKey,
  choices: (page: PageRef) => [...pageKey(page), 'choices'] as const,
  /** `draft` undefined: the preview of the saved choices. */
  preview: (page: PageRef, draft?: string) => [...pageKey(page), 'preview', draft ?? null] as const,
  previews: (page: PageRef) => [...pageKey(page), 'preview'] as const,
  versions: (page: PageRef) => [...pageKey(page), 'versions'] as const,
  versionsAt: (page: PageRef, at: string) => [...pageKey(page), 'versions', 'at', at] as const,
  version: (page: PageRef, number: number, format: 'json' | 'html') => [...pageKey(page), 'versions', number, format] as const,
  entrySites: (type: string, documentId: string, locale?: string) => [PLUGIN_ID, 'entry-sites', type, documentId, locale ?? null] as const,
};

export const useInfo = () => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.info, () => api.info(), { staleTime: Infinity });
};

/** The overview; asked again every `recheckMs` while pages are being checked on the server. */
export const useOverview = (query: OverviewQuery, recheckMs: number) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.overview(query), () => api.overview(query), {
    keepPreviousData: true,
    refetchInterval: (data: OverviewResponse | undefined) => (data && data.meta.checking > 0 ? recheckMs : false),
  });
};

export const useSite = (documentId: string, locale: string) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.site(documentId, locale), () => api.site(documentId, locale));
};

export const useChoices = (page: PageRef) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.choices(page), () => api.choices(page));
};

/** The preview of the saved choices, or of an unsaved draft (its request body, serialised, is part of the key). */
export const usePreview = (page: PageRef, draft: string | undefined) => {
  const api = useLegalPagesApi();
  return useQuery(
    queryKeys.preview(page, draft),
    ({ signal }) => (draft === undefined ? api.preview(page, signal) : api.previewDraft(page, JSON.parse(draft) as PageChoicesRequest, signal)),
    // The shown preview stays while the next one is composed; a draft's preview is the same whenever it is asked.
    { keepPreviousData: true, staleTime: draft === undefined ? 0 : Infinity, retry: false }
  );
};

export const useVersions = (page: PageRef) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.versions(page), () => api.versions(page), { retry: false });
};

/** Which version was (or will be) in force on a day: a withdrawal or a publication changes it, as they do the list. */
export const useVersionInForceOn = (page: PageRef, at: string | undefined) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.versionsAt(page, at ?? ''), () => api.versionsAt(page, at!), {
    enabled: at !== undefined,
    retry: false,
    select: (answer) => answer.data.find((v) => v.inForce)?.version ?? null,
  });
};

/** A published version never changes: once read, it is not asked again. */
export const useVersion = (page: PageRef, number: number | undefined) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.version(page, number ?? 0, 'json'), () => api.version(page, number!), { enabled: number !== undefined, staleTime: Infinity });
};

export const useVersionHtml = (page: PageRef, number: number | undefined) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.version(page, number ?? 0, 'html'), () => api.versionHtml(page, number!), { enabled: number !== undefined, staleTime: Infinity });
};

export const useSiteSetup = () => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.siteSetup, () => api.siteSetup());
};

export const useStarterItems = (locale: string) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.starterItems(locale), () => api.starterItems(locale), { staleTime: Infinity });
};

/**
 * The sites an entry open in the Content Manager feeds. Quiet on refusal: an editor of the entries without the
 * plugin's Read permission simply sees no note.
 */
export const useEntrySites = (type: SharedEntryType | undefined, documentId: string | undefined, locale?: string) => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.entrySites(type ?? '', documentId ?? '', locale), () => api.entrySites(type!, documentId!, locale), {
    enabled: Boolean(type && documentId),
    retry: false,
  });
};

export const useWebhooks = () => {
  const api = useLegalPagesApi();
  return useQuery(queryKeys.webhooks, () => api.webhooks());
};

/** Saves the choices; the answer is the new saved state, and the page's preview and the overview follow. */
export const useSaveChoices = (page: PageRef) => {
  const api = useLegalPagesApi();
  const client = useQueryClient();
  return useMutation((body: PageChoicesRequest) => api.saveChoices(page, body), {
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.choices(page), saved);
      void client.invalidateQueries(queryKeys.previews(page));
      void client.invalidateQueries(queryKeys.overviews);
    },
  });
};

/** Publishes one page (the dialog calls it once per chosen locale); its preview, history and the overview follow. */
export const usePublish = () => {
  const api = useLegalPagesApi();
  const client = useQueryClient();
  return useMutation(({ page, body }: { page: PageRef; body: PublishRequest }) => api.publish(page, body), {
    onSettled: (_version, _error, { page }) => {
      void client.invalidateQueries(queryKeys.previews(page));
      void client.invalidateQueries(queryKeys.versions(page));
      void client.invalidateQueries(queryKeys.overviews);
    },
  });
};

export const useWithdraw = (page: PageRef) => {
  const api = useLegalPagesApi();
  const client = useQueryClient();
  return useMutation(({ number, reason }: { number: number; reason: string }) => api.withdraw(page, number, reason), {
    onSuccess: () => {
      void client.invalidateQueries(queryKeys.versions(page));
      void client.invalidateQueries(queryKeys.overviews);
    },
  });
};

/** Writes each changed webhook through Strapi's own API, one after the other, then reads them again. */
export const useUpdateWebhooks = () => {
  const api = useLegalPagesApi();
  const client = useQueryClient();
  return useMutation(
    async (hooks: StrapiWebhook[]) => {
      for (const hook of hooks) await api.updateWebhook(hook);
    },
    { onSettled: () => client.invalidateQueries(queryKeys.webhooks) }
  );
};

export const useCreateSite = () => {
  const api = useLegalPagesApi();
  const client = useQueryClient();
  return useMutation(api.createSite, { onSuccess: () => void client.invalidateQueries(queryKeys.overviews) });
};

export const useApplyStarter = () => {
  const api = useLegalPagesApi();
  const client = useQueryClient();
  return useMutation(({ documentId, keys }: { documentId: string; keys: string[] }) => api.applyStarter(documentId, keys), {
    onSuccess: () => void client.invalidateQueries(queryKeys.overviews),
  });
};
