import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api';

export interface AsyncState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Runs `load` on mount and whenever its identity changes; `reload` runs it again. Stale answers are dropped. */
export const useAsync = <T,>(load: () => Promise<T>): AsyncState<T> => {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const run = useRef(0);

  const reload = useCallback(async () => {
    const id = ++run.current;
    setLoading(true);
    try {
      const value = await load();
      if (id === run.current) {
        setData(value);
        setError(undefined);
      }
    } catch (e) {
      if (id === run.current) setError(errorMessage(e));
    } finally {
      if (id === run.current) setLoading(false);
    }
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
};
