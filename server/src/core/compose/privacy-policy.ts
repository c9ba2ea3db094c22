/** The full privacy notice: every item of GDPR Art. 13 and 14, one article per topic. */
import type { Purpose, Retention } from '../input/types';
import type { Block, Inline } from '../tree';
import type { ComposeContext } from './context';
import type { PageComposer } from './page';
import { channelList, cookieTable, dpoFields, linkTo, organisationFields } from './shared';

const unique = (values: string[]): string[] => [...new Set(values)];

export const retentionPhrase = (ctx: ComposeContext, r: Retention | undefined): Inline[] | null => {
  if (!r || (!r.duration && !r.criterion)) return null;
  const { pack } = ctx;
  return ctx.t(
    pack.privacyPolicy.retention(
      r.duration ? pack.format.duration(r.duration) : null,
      r.criterion,
      r.startEvent,
      r.endAction && pack.endActions[r.endAction],
      r.legalReference,
    ),
  );
};

const purposeBlocks = (ctx: ComposeContext, purpose: Purpose): Block[] => {
  const { pack } = ctx;
  const { labels } = pack;
  const basis = purpose.legalBasis && pack.legalBases[purpose.legalBasis];
  const sources = purpose.collectedFrom && purpose.collectedFrom !== 'data-subject' ? purpose.dataSources ?? [] : [];
  const requirement = purpose.requirement;
  const decision = purpose.automatedDecision;
  return [
    { type: 'heading', level: 3, children: ctx.plain(purpose.title) },
    ...ctx.md(purpose.description),
    ...ctx.fields([
      [labels.legalBasis, basis && ctx.t(`${basis.label} (${basis.article})`)],
      [labels.legitimateInterest, purpose.legitimateInterest],
      [labels.dataCategories, purpose.dataCategories?.length ? pack.grammar.list(purpose.dataCategories) : undefined],
      [labels.dataSources, sources.length ? pack.grammar.list(sources) : undefined],
      [
        labels.providing,
        requirement && [
          ...ctx.t(pack.requirement[requirement.kind], '.'),
          ...(requirement.consequence ? ctx.t(pack.consequence(requirement.consequence.replace(/[.\s]+$/, '')), '.') : []),
        ],
      ],
      [
        labels.automatedDecision,
        decision &&
          (decision.exists
            ? ctx.t(
                pack.automatedDecision.exists,
                decision.logic && ['. ', pack.grammar.label(pack.grammar.capitalize(pack.automatedDecision.logic)), decision.logic],
                decision.consequences && ['. ', pack.grammar.label(pack.grammar.capitalize(pack.automatedDecision.consequences)), decision.consequences],
                '.',
              )
            : ctx.t(pack.automatedDecision.none, '.')),
      ],
    ]),
  ];
};

const rightsBlocks = (ctx: ComposeContext): Block[] => {
  const { input, pack } = ctx;
  const authority = input.supervisoryAuthority ?? pack.defaultAuthority;
  const items = (input.rights ?? []).map((right): Block[] => {
    const text = pack.rights[right.kind];
    const blocks: Block[] = [
      {
        type: 'paragraph',
        children: [ctx.h.strong(text.label), ...ctx.t(` (${right.reference ?? text.reference})`, ctx.colon, text.description(authority.name), '.')],
      },
    ];
    if (right.kind === 'complaint') {
      blocks.push(
        ...ctx.fields([
          [pack.labels.address, authority.address && ctx.address(authority.address)],
          [pack.labels.website, linkTo(authority.website, authority.website ?? '') ?? undefined],
          [pack.labels.webForm, linkTo(authority.complaintUrl, authority.complaintUrl ?? '') ?? undefined],
        ]),
      );
    }
    blocks.push(...ctx.md(right.conditions), ...ctx.md(right.howToExercise));
    const channels = channelList(ctx, right.channels);
    if (channels.length) blocks.push(ctx.p(pack.privacyPolicy.exerciseThisRight), ...channels);
    return blocks;
  });
  const exercise = channelList(ctx, input.rightsExercise?.channels);
  const pp = pack.privacyPolicy;
  return [
    ctx.p(pp.rightsIntro(ctx.h)),
    ...(items.length ? [{ type: 'list', ordered: false, items } as Block] : []),
    { type: 'heading', level: 3, children: ctx.t(pp.exerciseTitle) },
    ...(exercise.length ? [ctx.p(pp.exerciseIntro(ctx.h)), ...exercise] : [ctx.p(pp.exerciseFallback(ctx.h))]),
    ...(input.rightsExercise?.identityProof ? ctx.md(input.rightsExercise.identityProof) : [ctx.p(pp.identityCheck(ctx.h))]),
    ctx.p(pp.responseTime(ctx.h)),
  ];
};

export const privacyPolicy: PageComposer = {
  lead: (ctx, site) => [ctx.p(ctx.pack.privacyPolicy.lead(ctx.h, site))],

  present: (input, id) => {
    if (id === 'cookies') return Boolean(input.cookies?.length || input.page?.links?.cookiePolicy);
    return true;
  },

  sections: {
    controller: (ctx) => [
      ctx.p(ctx.pack.privacyPolicy.controllerIs(ctx.orgName(ctx.input.controller, 'plain'), ctx.input.controller.legalForm)),
      ...organisationFields(ctx, { ...ctx.input.controller, legalForm: undefined }, { registration: false }),
    ],

    dpo: (ctx) => {
      const { dpo } = ctx.input;
      const pp = ctx.pack.privacyPolicy;
      if (!dpo?.appointed) return [ctx.p(pp.dpoNotAppointed(ctx.h))];
      return [
        ctx.p(pp.dpoAppointed(ctx.h)),
        ...dpoFields(ctx, dpo),
        ...(dpo.external && dpo.organisation ? [ctx.p(pp.dpoExternal(dpo.organisation))] : []),
      ];
    },

    purposes: (ctx) => [
      ctx.p(ctx.pack.privacyPolicy.purposesIntro(ctx.h)),
      ...(ctx.input.purposes ?? []).flatMap((purpose) => purposeBlocks(ctx, purpose)),
    ],

    'data-categories': (ctx) => {
      const { pack, input } = ctx;
      const pp = pack.privacyPolicy;
      const purposes = input.purposes ?? [];
      const categories = unique(purposes.flatMap((p) => p.dataCategories ?? []));
      const indirect = purposes.filter((p) => p.collectedFrom === 'third-party' || p.collectedFrom === 'both');
      const blocks: Block[] = categories.length
        ? [ctx.p(pp.dataIntro(ctx.h)), { type: 'list', ordered: false, items: categories.map((c) => [{ type: 'paragraph', children: ctx.plain(c) }]) }]
        : [ctx.p(pp.dataNone(ctx.h))];
      if (!indirect.length) return [...blocks, ctx.p(pp.dataDirect(ctx.h))];
      return [
        ...blocks,
        ctx.p(pp.dataIndirect(ctx.h)),
        ...ctx.fields(indirect.map((p) => [p.title, p.dataSources?.length ? pack.grammar.list(p.dataSources) : pack.labels.notSpecified])),
      ];
    },

    recipients: (ctx) => {
      const { pack, input } = ctx;
      const pp = pack.privacyPolicy;
      const recipients = input.recipients ?? [];
      if (!recipients.length) return [ctx.p(pp.recipientsNone(ctx.h))];
      const purposesOf = (id: string) => (input.purposes ?? []).filter((p) => p.recipients?.includes(id)).map((p) => p.title);
      const items = recipients.map((r): Block[] => {
        const purposes = purposesOf(r.id);
        return [
          {
            type: 'paragraph',
            children: [
              ctx.h.strong(r.name),
              ...ctx.t(` (${pack.recipientKinds[r.kind]})`),
              ...(r.description ? [...ctx.t(ctx.colon), ...ctx.plain(r.description)] : []),
              ...(purposes.length ? ctx.t('. ', pack.grammar.label(pack.labels.purposesOfRecipient), pack.grammar.list(purposes)) : []),
              ...ctx.t('.'),
            ],
          },
        ];
      });
      return [
        ctx.p(pp.recipientsIntro(ctx.h)),
        { type: 'list', ordered: false, items },
        ...(recipients.some((r) => r.kind === 'processor') ? [ctx.p(pp.processorsNote(ctx.h))] : []),
      ];
    },

    transfers: (ctx) => {
      const { pack, input } = ctx;
      const pp = pack.privacyPolicy;
      const transfers = input.transfers ?? [];
      if (!transfers.length) return [ctx.p(pp.transfersNone(ctx.h))];
      const recipientName = (id?: string) => input.recipients?.find((r) => r.id === id)?.name;
      const items = transfers.map((tr): Block[] => {
        const who = recipientName(tr.recipient);
        return [
          {
            type: 'paragraph',
            children: [
              ctx.h.strong(tr.countryName ?? pack.format.country(tr.country)),
              ...(who ? ctx.t(` (${who})`) : []),
              ...(tr.safeguard ? ctx.t(ctx.colon, pack.safeguards[tr.safeguard], '.') : ctx.t('.')),
              ...(tr.safeguardDetails ? [{ type: 'text', value: ' ' } as Inline, ...ctx.plain(tr.safeguardDetails)] : []),
              ...(tr.safeguard && tr.safeguard !== 'adequacy' && tr.safeguard !== 'derogation' ? ctx.t(pp.transferCopy(ctx.h, tr.copyUrl)) : []),
            ],
          },
        ];
      });
      return [ctx.p(pp.transfersIntro(ctx.h)), { type: 'list', ordered: false, items }];
    },

    retention: (ctx) => {
      const { pack, input } = ctx;
      const pp = pack.privacyPolicy;
      const items = (input.purposes ?? []).map((p): Block[] => [
        {
          type: 'paragraph',
          children: [ctx.h.strong(p.title), ...ctx.t(ctx.colon), ...(retentionPhrase(ctx, p.retention) ?? ctx.t(pack.labels.notSpecified, '.'))],
        },
      ]);
      const cookieLink = linkTo(input.page?.links?.cookiePolicy, pack.labels.cookiePolicy);
      const cookies = pp.cookiesRetention(ctx.h, cookieLink);
      return [
        ctx.p(pp.retentionIntro(ctx.h)),
        ...(items.length ? [{ type: 'list', ordered: false, items } as Block] : []),
        ...(cookies ? [ctx.p(cookies)] : []),
      ];
    },

    rights: rightsBlocks,

    cookies: (ctx) => {
      const { pack, input } = ctx;
      const link = linkTo(input.page?.links?.cookiePolicy, pack.labels.cookiePolicy);
      if (link) return [ctx.p(pack.privacyPolicy.cookiesLink(ctx.h, link))];
      return [ctx.p(pack.privacyPolicy.cookiesIntro(ctx.h)), cookieTable(ctx, input.cookies ?? [])];
    },

    security: (ctx) => [ctx.p(ctx.pack.privacyPolicy.security(ctx.h)), ...ctx.md(ctx.input.security)],

    changes: (ctx) => [
      ctx.p(ctx.pack.privacyPolicy.changes(ctx.h)),
      ...(ctx.input.effectiveDate ? [ctx.p(ctx.pack.privacyPolicy.appliesFrom(ctx.h.date(ctx.input.effectiveDate)))] : []),
    ],
  },
};
