/** Blocks used by several page kinds: identity cards, DPO contact, contact channels, the cookie table. */
import type { Channel, Cookie, Dpo, Organisation } from '../input/types';
import type { Block, Inline } from '../tree';
import type { ComposeContext } from './context';

/** Identity and contact lines of an organisation (seat, phone, email, website, registration...). */
export const organisationFields = (ctx: ComposeContext, org: Organisation, opts: { registration: boolean }): Block[] => {
  const { labels, format } = ctx.pack;
  const legalEntity = org.kind !== 'person';
  const reg = org.registration ?? {};
  return ctx.fields([
    [labels.legalForm, org.legalForm],
    [legalEntity ? labels.seat : labels.address, org.address && ctx.address(org.address)],
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
    [labels.representative, org.representative && [org.representative.name, org.representative.title && `, ${org.representative.title}`]],
  ]);
};

export const dpoFields = (ctx: ComposeContext, dpo: Dpo): Block[] => {
  const { labels } = ctx.pack;
  return ctx.fields([
    [labels.dpoName, [dpo.name, dpo.name && dpo.function ? ` (${dpo.function})` : !dpo.name && dpo.function]],
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

export const cookieTable = (ctx: ComposeContext, cookies: Cookie[]): Block => {
  const { labels, format } = ctx.pack;
  const head = labels.cookieTable;
  const lifetime = (c: Cookie) => (c.duration ? format.duration(c.duration) : c.session ? labels.session : labels.notSpecified);
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
