/** Privacy-policy blocks for the facts of issue 18, section 3: children's consent, retention rules, processors' countries. */
import { EEA } from '../compliance/rules-gdpr';
import { childConsentApplies } from '../input/answers';
import type { Purpose, Recipient } from '../input/types';
import { digitalConsentAge, frenchPrivacyLaw } from '../jurisdiction';
import type { Block, Inline } from '../tree';
import type { ComposeContext } from './context';
import { retentionPhrase } from './privacy-policy';

export const minorsBlocks = (ctx: ComposeContext, purpose: Purpose): Block[] => {
  const age = digitalConsentAge(ctx.input);
  // Without an age (controller outside France, none entered) the page cannot state the rule: the checklist asks.
  if (!childConsentApplies(purpose) || age === undefined) return [];
  const { facts, grammar } = ctx.pack;
  return [
    ctx.p(grammar.label(facts.minors.label), facts.minors.sentence(age, frenchPrivacyLaw(ctx.input))),
    ...ctx.md(ctx.input.minors?.parentalConsent),
  ];
};

/** The purpose's further retention rules, each labelled with the data or the case it covers. */
export const retentionRulesBlocks = (ctx: ComposeContext, purpose: Purpose): Block[] =>
  ctx.fields(
    [...(purpose.retention?.appliesTo ? [purpose.retention] : []), ...(purpose.retentionRules ?? [])].map((rule): [string, Inline[] | undefined] => [
      ctx.pack.grammar.capitalize(rule.appliesTo ?? ctx.pack.labels.notSpecified),
      retentionPhrase(ctx, rule) ?? ctx.t(ctx.pack.labels.notSpecified, '.'),
    ]),
  );

/** The safeguard of a processor's country: none needed in the EEA, else the declared transfer's. */
const safeguardOf = (ctx: ComposeContext, r: Recipient): string => {
  const words = ctx.pack.facts.processors;
  if (!r.country) return words.unknown;
  if (EEA.has(r.country)) return words.withinEea;
  const transfer =
    (ctx.input.transfers ?? []).find((t) => t.recipient === r.id) ?? (ctx.input.transfers ?? []).find((t) => !t.recipient && t.country === r.country);
  return transfer?.safeguard ? words.safeguards[transfer.safeguard] : words.unknown;
};

/**
 * Processors with the country where they process the data and its safeguard, as a table; null unless at least
 * one processor has its country entered (the list then says the rest).
 */
export const processorsTable = (ctx: ComposeContext): Block | null => {
  const processors = (ctx.input.recipients ?? []).filter((r) => r.kind === 'processor');
  if (!processors.some((r) => r.country)) return null;
  const words = ctx.pack.facts.processors;
  const purposesOf = (id: string) => (ctx.input.purposes ?? []).filter((p) => p.recipients?.includes(id)).map((p) => p.title);
  return {
    type: 'table',
    caption: ctx.plain(words.caption),
    header: [words.name, words.activity, words.country, words.safeguard].map((label) => ctx.plain(label)),
    rows: processors.map((r) => [
      ctx.plain(r.name),
      ctx.plain(r.description ?? ctx.pack.grammar.list(purposesOf(r.id))),
      ctx.plain(r.country ? ctx.pack.format.country(r.country) : words.unknown),
      ctx.plain(safeguardOf(ctx, r)),
    ]),
  };
};
