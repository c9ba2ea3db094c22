/** Escaping for each output format. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** Backslash-escapes Markdown syntax so editor text can never become markup or a link. */
export const escapeMarkdown = (value: string): string =>
  value.replace(/[\\`*_{}[\]()<>#+!|~&]/g, '\\$&').replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3').replace(/^(\s*)-/gm, '$1\\-');
