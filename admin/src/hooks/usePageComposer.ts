import { useNotification } from '@strapi/strapi/admin';
import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from 'react-query';
import type { ChoicesResponse, CustomSection, PageRef, Preview } from '../api';
import { queryKeys, useChoices, usePreview, useSaveChoices, useSite } from '../queries';
import { choicesBody, customId, initialOrder, move, slugId } from '../utils/sections';
import { useErrorMessage } from './useErrorMessage';
import { useT } from './useT';

export interface Draft {
  title: string;
  order: string[];
  hidden: string[];
  customs: CustomSection[];
  delayDays: number;
}

const PREVIEW_DELAY_MS = 300;

const bodyOf = (d: Draft) => choicesBody(d.title, d.order, d.hidden, d.customs, d.delayDays);

export const draftOf = ({ choices, sections }: ChoicesResponse): Draft => ({
  title: choices.title ?? '',
  order: initialOrder(sections, choices),
  hidden: choices.hiddenSections ?? [],
  customs: choices.customSections ?? [],
  delayDays: choices.effectiveDelayDays ?? 0,
});

/** The value of `value` once it has stopped changing for `ms`. */
const useSettled = <T,>(value: T, ms: number) => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
};

/** The composer's state for one page: the saved choices, the editor's unsaved draft, the preview. */
export const usePageComposer = (page: PageRef) => {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { toggleNotification } = useNotification();
  const client = useQueryClient();
  const { documentId, kind, locale } = page;
  const ref = useMemo(() => ({ documentId, kind, locale }), [documentId, kind, locale]);
  const choices = useChoices(ref);
  const site = useSite(documentId, locale);
  const saving = useSaveChoices(ref);
  const [draft, setDraft] = useState<Draft>();
  const saved = choices.data;

  // A new saved state (loaded, or the answer of a save) becomes the draft the editor works on.
  useEffect(() => {
    if (saved) setDraft(draftOf(saved));
  }, [saved]);

  // The preview follows the draft as the editor works, composed by the server's core from the unsaved choices; the
  // saved choices are previewed as such. Sent once the editor pauses.
  const savedKey = saved ? JSON.stringify(bodyOf(draftOf(saved))) : undefined;
  const draftKey = draft ? JSON.stringify(bodyOf(draft)) : undefined;
  const previewKey = useSettled(draftKey === savedKey ? undefined : draftKey, PREVIEW_DELAY_MS);
  const preview = usePreview(ref, previewKey);
  const shown: Preview | undefined = preview.error
    ? { problems: [{ path: '', message: errorMessage(preview.error) }], findings: [], html: null, document: null, blocked: true, sections: {} }
    : preview.data;

  const dirty = Boolean(saved && draft && JSON.stringify(draftOf(saved)) !== JSON.stringify(draft));

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
      try {
        await saving.mutateAsync(bodyOf(draft));
        toggleNotification({ type: 'success', message: t('composer.saved', 'Choices saved.') });
      } catch (e) {
        toggleNotification({ type: 'danger', message: errorMessage(e) });
      }
    },
    refreshPreview: () => client.invalidateQueries(queryKeys.previews(ref)),
  };

  return {
    saved,
    draft,
    site: site.data,
    preview: shown,
    previewLoading: preview.isFetching,
    loadError: choices.error ? errorMessage(choices.error) : undefined,
    saving: saving.isLoading,
    saveError: saving.error ? errorMessage(saving.error) : undefined,
    dirty,
    actions,
  };
};
