/** The short first layer of the privacy notice: who, why, your rights, and the link to the full notice. */
import type { Block, Inline } from '../tree';
import { applicableRights, supervisoryAuthorityOf } from '../jurisdiction';
import type { PageComposer } from './page';
import { retentionPhrase } from './privacy-policy';
import { channelList, dpoShortContact, linkTo } from './shared';

const plainText = (nodes: Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.value : '')).join('');

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
      const purposes = input.purposes ?? [];
      const items = purposes.map((p): Block[] => {
        const basis = p.legalBasis ? pack.legalBases[p.legalBasis].short : null;
        // The period as the full notice states it (criterion and start included), without what follows it.
        const r = p.retention;
        const retention =
          r && (r.duration || r.criterion)
            ? plainText(ctx.t(pack.privacyPolicy.retention(r.duration ? pack.format.duration(r.duration) : null, r.criterion, r.startEvent, undefined, undefined))).replace(/\.$/, '')
            : null;
        const line = ctx.t(pack.privacySummary.purposeLine(basis, retention));
        const children: Inline[] = [ctx.h.strong(p.title), ...(line.length ? [...ctx.t(' ('), ...line, ...ctx.t(')')] : [])];
        return [{ type: 'paragraph', children }];
      });
      // The processing with the most impact on the person belongs in the first layer too.
      const automated = purposes.filter((p) => p.automatedDecision?.exists).map((p) => p.title);
      const countries = [...new Set((input.transfers ?? []).map((tr) => tr.countryName ?? pack.format.country(tr.country)))];
      return [
        ...(items.length ? [{ type: 'list', ordered: false, items } as Block] : []),
        ...(automated.length ? [ctx.p(pack.privacySummary.automatedDecision(automated))] : []),
        ...(countries.length ? [ctx.p(pack.privacySummary.transfers(countries))] : []),
      ];
    },

    rights: (ctx) => {
      const { input, pack } = ctx;
      const rights = applicableRights(input);
      // The right to object stands apart (Art. 21(4)); the complaint has its own sentence.
      const shorts = rights.filter((r) => r.kind !== 'complaint' && r.kind !== 'objection').map((r) => pack.rights[r.kind].short);
      const channels = channelList(ctx, input.rightsExercise?.channels);
      const authority = supervisoryAuthorityOf(input, pack);
      const list: Block = { type: 'list', ordered: false, items: shorts.map((s): Block[] => [ctx.p(s)]) };
      return [
        ...(shorts.length ? [ctx.p(pack.privacySummary.rightsIntro), list] : []),
        ...(rights.some((r) => r.kind === 'objection')
          ? [ctx.p(ctx.h.strong(pack.rights.objection.label), '. ', pack.privacySummary.objection)]
          : []),
        ...(channels.length ? [ctx.p(pack.privacySummary.exercise), ...channels] : []),
        ...(rights.some((r) => r.kind === 'complaint') ? [ctx.p(pack.privacySummary.complaint(authority?.name ?? null))] : []),
      ];
    },

    'full-notice': (ctx) => [
      ctx.p(ctx.pack.privacySummary.fullNotice(ctx.h, linkTo(ctx.input.page?.links?.privacyPolicy, ctx.pack.labels.privacyPolicy))),
    ],
  },
};
