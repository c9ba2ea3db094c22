import { useEffect, useState } from 'react';
import { useLegalPagesApi, type PageRef, type Preview } from '../api';

const key = ({ documentId, kind, locale }: PageRef) => `${documentId}/${kind}/${locale}`;

/** Previews of the given pages, fetched two at a time in the background; keyed by `documentId/kind/locale`. */
export const useLazyPreviews = (pages: PageRef[]) => {
  const api = useLegalPagesApi();
  const [previews, setPreviews] = useState<Record<string, Preview>>({});
  const wanted = pages.map(key).join('|');

  useEffect(() => {
    let cancelled = false;
    const queue = [...pages];
    const worker = async () => {
      for (let page = queue.shift(); page && !cancelled; page = queue.shift()) {
        const current = page;
        try {
          const preview = await api.preview(current);
          if (!cancelled) setPreviews((all) => ({ ...all, [key(current)]: preview }));
        } catch {
          if (!cancelled) setPreviews((all) => ({ ...all, [key(current)]: { problems: [], findings: [], html: null, blocked: true } }));
        }
      }
    };
    void Promise.all([worker(), worker()]);
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, api]);

  return (page: PageRef): Preview | undefined => previews[key(page)];
};
