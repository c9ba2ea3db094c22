/** Blocks used by several page kinds: identity cards, DPO contact, contact channels, the cookie table. */
import type { Channel, ContactPoint, Cookie, Dpo, Organisation, Person } from '../input/types';
import type { Block, Inline } from '../tree';
import type { LocalePack } from '../locales';
import type { ComposeContext } from './context';

/** "Représentante légale" for a woman: the label agrees once the editor gave the gender, and stays as it was otherwise. */
const representativeLabel = (ctx: ComposeContext, person: Person | undefined): string =>
  person?.gender ? ctx.pack.facts.gendered.representative[person.gender] : ctx.pack.labels.representative;

/** A contact point's ways of reaching it, in one run: "support@example.fr, 01 23 45 67 89, https://…". */
const contactRun = (ctx: ComposeContext, c: { email?: string; phone?: string; url?: string; address?: ContactPoint['address'] }): Inline[] | null => {
  const parts: Inline[][] = [
    ...(c.email ? [[ctx.email(c.email)]] : []),
    ...(c.phone ? [[ctx.phone(c.phone)]] : []),
    ...(c.url ? [[{ type: 'link', href: c.url, children: [{ type: 'text', value: c.url }] } as Inline]] : []),
    ...(c.address ? [ctx.plain(ctx.address(c.address))] : []),
  ];
  return parts.length ? parts.flatMap((part, i) => (i ? [{ type: 'text', value: ', ' } as Inline, ...part] : part)) : null;
};

/** The contact point as a line labelled with its role, never as a bare "Courriel". */
export const contactPointFields = (ctx: ComposeContext, contact: ContactPoint | undefined): Block[] => {
  const run = contact && contactRun(ctx, contact);
  return contact && run ? ctx.fields([[contact.role, run]]) : [];
};

/** Contact lines of a person (e-mail, phone, address) under the standard labels. */
export const personContactFields = (ctx: ComposeContext, person: { email?: string; phone?: string; address?: ContactPoint['address'] }): Block[] =>
  ctx.fields([
    [ctx.pack.labels.email, person.email && ctx.email(person.email)],
    [ctx.pack.labels.phone, person.phone && ctx.phone(person.phone)],
    [ctx.pack.labels.address, person.address && ctx.address(person.address)],
  ]);

/** Identity and contact lines of an organisation (seat, phone, email, website, registration...). */
export const organisationFields = (ctx: ComposeContext, org: Organisation, opts: { registration: boolean }): Block[] => {
  const { labels, format } = ctx.pack;
  // A company or association has a registered office; a public body and a person have an address.
  const seat = org.kind === 'public-body' ? labels.publicBodyAddress : org.kind === 'person' ? labels.address : labels.seat;
  const reg = org.registration ?? {};
  return ctx.fields([
    [labels.legalForm, org.legalForm],
    [seat, org.address && ctx.address(org.address)],
    [labels.phone, org.phone && ctx.phone(org.phone)],
    [labels.email, org.email && ctx.email(org.email)],
    [labels.website, org.website && { type: 'link', href: org.website, children: [{ type: 'text', value: org.website }] }],
    ...(opts.registration
      ? ([
          [labels.siret, reg.siret],
          [labels.siren, reg.siren],
          [labels.rcs, reg.rcs],
          [labels.rm, reg.rm],
          [labels.vat, reg.vat],
          [labels.rna, reg.rna],
          [labels.shareCapital, org.shareCapital && format.money(org.shareCapital)],
        ] as Array<[string, string | undefined]>)
      : []),
    [representativeLabel(ctx, org.representative), org.representative && [org.representative.name, org.representative.title && `, ${org.representative.title}`]],
  ]);
};

/** Letters only, without accents, articles or a parenthesis: "Le Délégué à la protection des données (DPO)" → "delegue…". */
const bare = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/^\s*(le|la|l['’]|the)\s*/, '')
    .replace(/[^a-z]/g, '');

/** A function that only says "data protection officer", which the section's title already says. */
const isDpoTitle = (ctx: ComposeContext, value: string): boolean =>
  [bare(ctx.pack.sectionTitles.dpo), 'dpo', 'dpd'].includes(bare(value));

export const dpoFields = (ctx: ComposeContext, dpo: Dpo): Block[] => {
  const { labels } = ctx.pack;
  const role = dpo.function && !isDpoTitle(ctx, dpo.function) ? dpo.function : undefined;
  return ctx.fields([
    dpo.name ? [labels.dpoName, [dpo.name, role && ` (${role})`]] : [labels.role, role],
    [labels.email, dpo.email && ctx.email(dpo.email)],
    [labels.address, dpo.address && ctx.address(dpo.address)],
    [labels.phone, dpo.phone && ctx.phone(dpo.phone)],
    [labels.webForm, dpo.webFormUrl && { type: 'link', href: dpo.webFormUrl, children: [{ type: 'text', value: dpo.webFormUrl }] }],
  ]);
};

/** The DPO's quickest contact as one inline run: email, else web form, else phone, else postal address. */
export const dpoShortContact = (ctx: ComposeContext, dpo: Dpo): Inline[] | null => {
  if (dpo.email) return [ctx.email(dpo.email)];
  if (dpo.webFormUrl) return [{ type: 'link', href: dpo.webFormUrl, children: [{ type: 'text', value: dpo.webFormUrl }] }];
  if (dpo.phone) return [ctx.phone(dpo.phone)];
  if (dpo.address) return ctx.plain(ctx.address(dpo.address));
  return null;
};

/** A list of usable channels ("par courriel : x"); channels missing their value are left out (compliance flags them). */
export const channelList = (ctx: ComposeContext, channels: Channel[] | undefined): Block[] => {
  const items = (channels ?? [])
    .map((c) => ctx.channel(c))
    .filter((item): item is Inline[] => item !== null)
    .map((children): Block[] => [{ type: 'paragraph', children }]);
  return items.length ? [{ type: 'list', ordered: false, items }] : [];
};

/** How long a cookie lives, in the pack's words: the cookie table's and the consent data's. */
export const cookieLifetime = ({ labels, format }: LocalePack, c: Cookie): string =>
  c.duration ? format.duration(c.duration) : c.session ? labels.session : labels.notSpecified;

export const cookieTable = (ctx: ComposeContext, cookies: Cookie[]): Block => {
  const { labels } = ctx.pack;
  const head = labels.cookieTable;
  const lifetime = (c: Cookie) => cookieLifetime(ctx.pack, c);
  return {
    type: 'table',
    caption: ctx.plain(head.caption),
    header: [head.name, head.provider, head.purpose, head.lifetime, head.consent].map((label) => ctx.plain(label)),
    rows: cookies.map((c) => [
      [{ type: 'code', value: c.name }],
      ctx.plain(c.provider),
      ctx.plain(c.purpose),
      ctx.plain(lifetime(c)),
      ctx.plain(c.consentRequired ? labels.consentRequired : labels.consentNotRequired),
    ]),
  };
};

export const linkTo = (href: string | undefined, label: string): Inline | null =>
  href ? { type: 'link', href, children: [{ type: 'text', value: label }] } : null;
