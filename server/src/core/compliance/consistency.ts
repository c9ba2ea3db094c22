/**
 * Facts that contradict each other: another organisation's email or city, empty contact channels, template
 * leftovers, invalid identifiers, untranslated texts.
 */
import { siretProblem, sirenProblem, vatProblem } from '../fields';
import type { EditorTextField } from '../input/editor-text';
import type { Address, Channel, LegalPageInput, Organisation } from '../input/types';
import { finding, type Finding } from './codes';

const SECOND_LEVEL = new Set(['co.uk', 'org.uk', 'gov.uk', 'ac.uk', 'gouv.fr', 'asso.fr', 'nom.fr', 'com.fr', 'com.au', 'co.jp']);

/** The registrable domain of a host name: data.nimes-metropole.fr → nimes-metropole.fr. */
export const registrableDomain = (host: string): string => {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
};

export const hostOf = (url: string | undefined): string | null => {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
};

export const emailDomain = (email: string) => registrableDomain(email.split('@').pop() ?? '');
export const urlDomain = (url: string | undefined) => {
  const host = hostOf(url);
  return host ? registrableDomain(host) : null;
};
/** Same letters once punctuation is ignored: clermont-metropole.eu vs clermontmetropole.eu. */
const squash = (domain: string) => domain.replace(/[^a-z0-9]/g, '');

const organisationHosts = (o: Organisation | undefined) => (o ? [hostOf(o.website), o.email?.split('@').pop(), ...(o.domains ?? [])] : []);

/** The controller's domains and the site's; with `publisher`, the publisher's too. */
export const ownDomains = (input: LegalPageInput, opts: { publisher?: boolean } = {}): Set<string> => {
  const hosts = [hostOf(input.site.baseUrl), ...organisationHosts(input.controller), ...(opts.publisher ? organisationHosts(input.publisher) : [])];
  return new Set(hosts.filter((h): h is string => Boolean(h)).map(registrableDomain));
};

/** A domain among the known ones, a look-alike of one (same letters), or another organisation's. */
export const domainVerdict = (domain: string, known: Set<string>): 'own' | 'variant' | 'foreign' => {
  if (known.has(domain)) return 'own';
  return [...known].some((d) => squash(d) === squash(domain)) ? 'variant' : 'foreign';
};

/** City names compared without accents, case, hyphens or "cedex N". */
const cityKey = (city: string) =>
  city
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bcedex\b.*$/, '')
    .replace(/[^a-z]/g, '');

/** Every contact channel of the rights, with its JSON Pointer. */
export const allChannels = (input: LegalPageInput): Array<{ channel: Channel; path: string }> => [
  ...(input.rightsExercise?.channels ?? []).map((channel, i) => ({ channel, path: `/rightsExercise/channels/${i}` })),
  ...(input.rights ?? []).flatMap((r, i) => (r.channels ?? []).map((channel, j) => ({ channel, path: `/rights/${i}/channels/${j}` }))),
];

const VALUE_OF: Record<Channel['type'], keyof Channel> = { email: 'email', postal: 'address', 'web-form': 'url', phone: 'phone' };

export const foreignFactRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  const own = ownDomains(input);
  const dpo = input.dpo;
  // An external or shared DPO answers rights requests on its own domain: it is known, not foreign, for them.
  const dpoDomains = dpo?.appointed && dpo.external ? [dpo.email && emailDomain(dpo.email), urlDomain(dpo.webFormUrl)] : [];
  const knownForRights = new Set([...own, ...dpoDomains.filter((d): d is string => Boolean(d))]);
  const verdict = domainVerdict;
  if (dpo?.appointed && dpo.email && !dpo.external) {
    const emailVerdict = verdict(emailDomain(dpo.email), own);
    if (emailVerdict === 'foreign') out.push(finding('consistency.dpo-foreign-domain', '/dpo/email', { email: dpo.email }));
    if (emailVerdict === 'variant') out.push(finding('consistency.dpo-domain-variant', '/dpo/email', { email: dpo.email }));
  }
  const dpoForm = urlDomain(dpo?.webFormUrl);
  if (dpo?.appointed && !dpo.external && dpoForm && verdict(dpoForm, own) === 'foreign') {
    out.push(finding('consistency.dpo-foreign-site', '/dpo/webFormUrl', { url: dpo.webFormUrl as string }));
  }
  const controllerCity = input.controller.address?.city;
  const checkCity = (address: Address | undefined, path: string) => {
    if (address && controllerCity && cityKey(address.city) !== cityKey(controllerCity)) {
      out.push(finding('consistency.foreign-city', path, { city: address.city, controllerCity }));
    }
  };
  if (dpo?.appointed && !dpo.external) checkCity(dpo.address, '/dpo/address/city');
  for (const { channel, path } of allChannels(input)) {
    if (!channel[VALUE_OF[channel.type]]) {
      out.push(finding('consistency.empty-channel', path, { type: channel.type }));
      continue;
    }
    if (channel.type === 'email' && channel.email && verdict(emailDomain(channel.email), knownForRights) === 'foreign') {
      out.push(finding('consistency.rights-foreign-domain', `${path}/email`, { email: channel.email }));
    }
    const form = channel.type === 'web-form' ? urlDomain(channel.url) : null;
    if (form && verdict(form, knownForRights) === 'foreign') {
      out.push(finding('consistency.rights-foreign-site', `${path}/url`, { url: channel.url as string }));
    }
    if (channel.type === 'postal') checkCity(channel.address, `${path}/address/city`);
  }
  return out;
};

const KIND_WORDS: Record<Organisation['kind'], RegExp | null> = {
  'public-body': /^(la )?(soci[ée]t[ée]|entreprise|company)$/i,
  company: /^(la )?(collectivit[ée]|commune|m[ée]tropole|r[ée]gion|d[ée]partement|administration)$/i,
  association: /^(la )?(soci[ée]t[ée]|collectivit[ée])$/i,
  person: null,
};

const KIND_NAMES: Record<Organisation['kind'], string> = {
  'public-body': 'organisme public / public body',
  company: 'entreprise / company',
  association: 'association',
  person: 'personne / person',
};

// "à compléter" is a placeholder when bracketed or shouted, not in "les données à corriger ou à compléter".
const PLACEHOLDERS = /\b(xxx+|todo|tbd|lorem ipsum)\b|[[(<]\s*(à|a) compl[ée]ter\s*[\])>]|\[\s*\.{3}\s*\]|\{\{|\}\}|example\.(com|org)/i;
const SHOUTED_PLACEHOLDER = /(À|A) COMPL[ÉE]TER/;

/** A sentence ending with a colon that introduces nothing: "traitées par la Société lors de :" then a new paragraph. */
const danglingColon = (text: string): RegExpExecArray | null => {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/:\s*$/.test(lines[i])) continue;
    const next = lines.slice(i + 1).find((line) => line.trim() !== '');
    if (next === undefined || !/^\s*([-*+]|\d+[.)])\s/.test(next)) {
      const offset = lines.slice(0, i).reduce((n, line) => n + line.length + 1, 0);
      const match = /:\s*$/.exec(lines[i]) as RegExpExecArray;
      match.index += offset;
      return match;
    }
  }
  return null;
};

export const templateLeftoverRules = (input: LegalPageInput, fields: EditorTextField[]): Finding[] => {
  const out: Finding[] = [];
  const designation = input.site.designation?.text;
  const pattern = KIND_WORDS[input.controller.kind];
  if (designation && pattern?.test(designation.trim())) {
    out.push(finding('consistency.designation-kind', '/site/designation/text', { kind: KIND_NAMES[input.controller.kind], designation }));
  }
  for (const field of fields) {
    const match = PLACEHOLDERS.exec(field.text) ?? SHOUTED_PLACEHOLDER.exec(field.text) ?? danglingColon(field.text);
    if (!match) continue;
    const start = Math.max(0, match.index - 40);
    out.push(finding('consistency.placeholder', field.path, { excerpt: field.text.slice(start, match.index + match[0].length).trim() }));
  }
  return out;
};

export const identifierRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  const orgs: Array<[string, Organisation | undefined]> = [['/controller', input.controller], ['/publisher', input.publisher], ['/host', input.host]];
  for (const [path, org] of orgs) {
    const reg = org?.registration;
    if (!reg) continue;
    const checks: Array<[string, string | undefined, (v: string) => string | null]> = [
      ['siret', reg.siret, siretProblem],
      ['siren', reg.siren, sirenProblem],
      ['vat', reg.vat, vatProblem],
    ];
    for (const [kind, value, check] of checks) {
      const problem = value && check(value);
      if (problem) out.push(finding('consistency.invalid-identifier', `${path}/registration/${kind}`, { kind: kind.toUpperCase(), reason: problem }));
    }
  }
  return out;
};

export const localeRules = (input: LegalPageInput): Finding[] =>
  (input.localeCoverage?.missing ?? []).map((gap) =>
    gap.locale === input.locale
      ? finding('locale.missing-text', gap.path, { locale: gap.locale })
      : finding('locale.gap', gap.path, { locale: gap.locale }),
  );
