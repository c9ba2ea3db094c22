/**
 * Links that cannot be right: empty or placeholder targets in editor Markdown ("[ici](#)", `href=""`,
 * `javascript:`, example.com, "lorem") and in the URL fields, which would publish a dead or fake link.
 */
import type { EditorTextField } from '../input/editor-text';
import type { LegalPageInput } from '../input/types';
import { finding, type Finding } from './codes';
import { allChannels, hostOf } from './consistency';

const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;

/** Whether a link target is empty or a placeholder: it could not lead the reader anywhere real. */
export const isPlaceholderLink = (target: string): boolean => {
  const href = target.trim();
  if (href === '' || href === '#' || /lorem/i.test(href)) return true;
  if (/^javascript:/i.test(href.replace(/[\s\u0000-\u001f]/g, ''))) return true;
  if (!/^https?:\/\//i.test(href)) return false;
  const host = hostOf(href);
  return host === null || PLACEHOLDER_HOST.test(host);
};

// Markdown inline links and images' targets, reference definitions, HTML href attributes, autolinks.
const LINK_TARGETS = [
  /\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)/g,
  /^\s{0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)/gm,
  /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi,
  /<((?:https?:|javascript:)[^>\s]*)>/gi,
];

const targetsIn = (markdown: string): string[] =>
  LINK_TARGETS.flatMap((pattern) => Array.from(markdown.matchAll(pattern), (m) => m[1] ?? m[2] ?? m[3] ?? ''));

/** The URL fields of the input, with their JSON Pointers. */
const urlFields = (input: LegalPageInput): Array<[string, string | undefined]> => [
  ['/site/baseUrl', input.site.baseUrl],
  ...(['controller', 'publisher', 'host'] as const).map((role): [string, string | undefined] => [`/${role}/website`, input[role]?.website]),
  ['/dpo/webFormUrl', input.dpo?.webFormUrl],
  ['/dataLicence/url', input.dataLicence?.url],
  ['/supervisoryAuthority/website', input.supervisoryAuthority?.website],
  ['/supervisoryAuthority/complaintUrl', input.supervisoryAuthority?.complaintUrl],
  ...(input.transfers ?? []).map((t, i): [string, string | undefined] => [`/transfers/${i}/copyUrl`, t.copyUrl]),
  ['/accessibility/multiYearPlanUrl', input.accessibility?.multiYearPlanUrl],
  ['/accessibility/actionPlanUrl', input.accessibility?.actionPlanUrl],
  ['/accessibility/feedback/url', input.accessibility?.feedback?.url],
  ...(input.accessibility?.audit?.pages ?? []).map((p, i): [string, string | undefined] => [`/accessibility/audit/pages/${i}/url`, p.url]),
  ...allChannels(input).map(({ channel, path }): [string, string | undefined] => [`${path}/url`, channel.url]),
  ...Object.entries(input.page?.links ?? {}).map(([key, url]): [string, string | undefined] => [`/page/links/${key}`, url]),
];

export const linkRules = (input: LegalPageInput, fields: EditorTextField[]): Finding[] => [
  ...urlFields(input)
    .filter(([, url]) => url !== undefined && /^[a-z]+:/i.test(url) && isPlaceholderLink(url))
    .map(([path, url]) => finding('link.placeholder', path, { link: url as string })),
  ...fields
    .filter((field) => field.markdown)
    .flatMap((field) => targetsIn(field.text).filter(isPlaceholderLink).map((link) => finding('link.placeholder', field.path, { link }))),
];
