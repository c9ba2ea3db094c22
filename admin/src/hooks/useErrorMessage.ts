import { useAPIErrorHandler, type FetchError } from '@strapi/strapi/admin';
import { useCallback } from 'react';

/**
 * The message of a failed request as Strapi's admin words it (the server's own message, a validation error's
 * details): every error of the plugin's pages goes through Strapi's handler. A plain Error keeps its message.
 */
export const useErrorMessage = () => {
  const { formatAPIError } = useAPIErrorHandler();
  return useCallback((error: unknown): string => (error ? formatAPIError(error as FetchError) : ''), [formatAPIError]);
};
