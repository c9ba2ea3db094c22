import { useNotification } from '@strapi/strapi/admin';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage, useLegalPagesApi, type ChoicesResponse, type CustomSection, type PageRef, type Preview, type Site } from '../api';
import { choicesBody, customId, initialOrder, move, slugId } from '../utils/sections';
import { getTranslation } from '../utils/translations';

interface Draft {
  title: string;
  order: string[];
  hidden: string[];
  customs: CustomSection[];
  delayDays: number;
}

const PREVIEW_DELAY_MS = 300;

const bodyOf = (d: Draft) => choicesBody(d.title, d.order, d.hidden, d.customs, d.delayDays);

const draftOf = ({ choices, sections }: ChoicesResponse): Draft => ({
  title: choices.title ?? '',
  order: initialOrder(sections, choices),
  hidden: choices.hiddenSections ?? [],
  customs: choices.customSections ?? [],
  delayDays: choices.effectiveDelayDays ?? 0,
});

/** The composer's state for one page: the saved choices, the editor's unsaved draft, the preview. */
export const usePageComposer = (page: PageRef) => {
  const api = useLegalPagesApi();
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [saved, setSaved] = useState<ChoicesResponse>();
  const [draft, setDraft] = useState<Draft>();
  const [site, setSite] = useState<Site>();
  const [preview, setPreview] = useState<Preview>();
  const [previewLoading, setPreviewLoading] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const { documentId, kind, locale } = page;
  /** The choices the shown preview was composed from, so an unchanged draft is not previewed twice. */
  const previewed = useRef<string>();
  /** Numbers preview requests: only the latest one may show its answer, however the answers arrive. */
  const latest = useRef(0);

  /** Shows the answer of request `id`, unless a later request was made meanwhile. */
  const showPreview = useCallback(async (id: number, load: () => Promise<Preview>, onShown?: () => void) => {
    setPreviewLoading(true);
    try {
      const next = await load();
      if (id !== latest.current) return;
      onShown?.();
      setPreview(next);
    } catch (e) {
      if (id === latest.current) setPreview({ problems: [{ path: '', message: errorMessage(e) }], findings: [], html: null, blocked: true });
    } finally {
      if (id === latest.current) setPreviewLoading(false);
    }
  }, []);

  const refreshPreview = useCallback(async () => {
    await showPreview(++latest.current, () => api.preview({ documentId, kind, locale }));
  }, [api, documentId, kind, locale, showPreview]);

  useEffect(() => {
    let cancelled = false;
    setLoadError(undefined);
    Promise.all([api.choices({ documentId, kind, locale }), api.site(documentId, locale).catch(() => undefined)])
      .then(([choices, s]) => {
        if (cancelled) return;
        setSaved(choices);
        setDraft(draftOf(choices));
        previewed.current = JSON.stringify(bodyOf(draftOf(choices)));
        setSite(s);
      })
      .catch((e) => !cancelled && setLoadError(errorMessage(e)));
    void refreshPreview();
    return () => {
      cancelled = true;
    };
  }, [api, documentId, kind, locale, refreshPreview]);

  // The preview follows the draft as the editor works: composed by the server's core from the unsaved choices.
  const draftKey = draft ? JSON.stringify(bodyOf(draft)) : undefined;
  useEffect(() => {
    if (!draftKey || draftKey === previewed.current) return;
    const controller = new AbortController();
    let requested: number | undefined;
    const timer = setTimeout(() => {
      requested = ++latest.current;
      void showPreview(
        requested,
        () => api.previewDraft({ documentId, kind, locale }, JSON.parse(draftKey), controller.signal),
        () => {
          previewed.current = draftKey;
        }
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
      // A draft that changed again (or came back to what is shown) makes this request's answer worthless.
      if (requested !== undefined && requested === latest.current) {
        latest.current += 1;
        setPreviewLoading(false);
      }
    };
  }, [api, documentId, kind, locale, draftKey, showPreview]);

  const dirty = useMemo(() => Boolean(saved && draft && JSON.stringify(draftOf(saved)) !== JSON.stringify(draft)), [saved, draft]);

  const update = (change: (d: Draft) => Draft) => setDraft((d) => (d ? change(d) : d));

  const actions = {
    setTitle: (title: string) => update((d) => ({ ...d, title })),
    setDelayDays: (delayDays: number) => update((d) => ({ ...d, delayDays })),
    move: (from: number, to: number) => update((d) => ({ ...d, order: move(d.order, from, to) })),
    toggleHidden: (id: string, hide: boolean) => update((d) => ({ ...d, hidden: hide ? [...d.hidden.filter((h) => h !== id), id] : d.hidden.filter((h) => h !== id) })),
    upsertCustom: (existing: CustomSection | null, value: { title: string; body: string }) =>
      update((d) => {
        if (existing) return { ...d, customs: d.customs.map((c) => (c.id === existing.id ? { ...c, ...value } : c)) };
        const id = slugId(value.title, d.customs.map((c) => c.id));
        return { ...d, customs: [...d.customs, { id, ...value }], order: [...d.order, customId(id)] };
      }),
    removeCustom: (custom: CustomSection) =>
      update((d) => ({ ...d, customs: d.customs.filter((c) => c.id !== custom.id), order: d.order.filter((id) => id !== customId(custom.id)), hidden: d.hidden.filter((id) => id !== customId(custom.id)) })),
    discard: () => saved && setDraft(draftOf(saved)),
    save: async () => {
      if (!draft) return;
      setSaving(true);
      setSaveError(undefined);
      try {
        const next = await api.saveChoices({ documentId, kind, locale }, bodyOf(draft));
        setSaved(next);
        setDraft(draftOf(next));
        previewed.current = JSON.stringify(bodyOf(draftOf(next)));
        toggleNotification({ type: 'success', message: formatMessage({ id: getTranslation('composer.saved'), defaultMessage: 'Choices saved.' }) });
        await refreshPreview();
      } catch (e) {
        const message = errorMessage(e);
        setSaveError(message);
        toggleNotification({ type: 'danger', message });
      } finally {
        setSaving(false);
      }
    },
    refreshPreview,
  };

  return { saved, draft, site, preview, previewLoading, loadError, saving, saveError, dirty, actions };
};
