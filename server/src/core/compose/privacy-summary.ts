/** The short first layer of the privacy notice: who, why, your rights, and the link to the full notice. */
import type { Block, Inline } from '../tree';
import type { PageComposer } from './page';
import { retentionPhrase } from './privacy-policy';
import { channelList, dpoShortContact, linkTo } from './shared';

export const privacySummary: PageComposer = {
  lead: (ctx, site) => [ctx.p(ctx.pack.privacySummary.lead(ctx.h, site))],

  titleKeys: { purposes: 'summary-purposes', rights: 'summary-rights' },

  sections: {
    identity: (ctx) => {
      const { input, pack } = ctx;
      const c = input.controller;
      const dpo = input.dpo?.appointed ? dpoShortContact(ctx, input.dpo) : null;
      return [
        ctx.p(pack.privacySummary.controllerIs(ctx.orgName(c, 'plain'))),
        ...ctx.fields([
          [pack.labels.address, c.address && ctx.address(c.address)],
          [pack.labels.email, c.email && ctx.email(c.email)],
          [pack.labels.phone, c.phone && ctx.phone(c.phone)],
        ]),
        ...(dpo ? [ctx.p(pack.privacySummary.dpoContact, dpo, '.')] : []),
      ];
    },

    purposes: (ctx) => {
      const { input, pack } = ctx;
      const items = (input.purposes ?? []).map((p): Block[] => {
        const basis = p.legalBasis ? pack.legalBases[p.legalBasis].short : null;
        const retention = p.retention?.duration ? pack.format.duration(p.retention.duration) : null;
        const line = ctx.t(pack.privacySummary.purposeLine(basis, retention));
        const children: Inline[] = [ctx.h.strong(p.title), ...(line.length ? [...ctx.t(' ('), ...line, ...ctx.t(')')] : [])];
        return [{ type: 'paragraph', children }];
      });
      return items.length ? [{ type: 'list', ordered: false, items }] : [];
    },

    rights: (ctx) => {
      const { input, pack } = ctx;
      const rights = input.rights ?? [];
      const shorts = rights.filter((r) => r.kind !== 'complaint').map((r) => pack.rights[r.kind].short);
      const channels = channelList(ctx, input.rightsExercise?.channels);
      const authority = input.supervisoryAuthority ?? pack.defaultAuthority;
      return [
        ...(shorts.length ? [ctx.p(pack.privacySummary.rightsList(shorts))] : []),
        ...(channels.length ? [ctx.p(pack.privacySummary.exercise), ...channels] : []),
        ...(rights.some((r) => r.kind === 'complaint') ? [ctx.p(pack.privacySummary.complaint(authority.name))] : []),
      ];
    },

    'full-notice': (ctx) => [
      ctx.p(ctx.pack.privacySummary.fullNotice(ctx.h, linkTo(ctx.input.page?.links?.privacyPolicy, ctx.pack.labels.privacyPolicy))),
    ],
  },
};
