/** The full privacy notice: every item of GDPR Art. 13 and 14, one article per topic. */
import { collectedElsewhere, cookiesKnown, cookiesListed, declaresNoCookie, declaresNoRecipient, declaresNoTransfer } from '../input/answers';
import type { LegalPageInput, Purpose, Retention, Right } from '../input/types';
import type { Block, Inline } from '../tree';
import { applicableRights, frenchPrivacyLaw, supervisoryAuthorityOf } from '../jurisdiction';
import { minorsBlocks, processorsTable, retentionRulesBlocks } from './privacy-facts';
import type { ComposeContext } from './context';
import type { PageComposer } from './page';
import { channelList, contactPointFields, cookieTable, dpoFields, linkTo, organisationFields } from './shared';

const unique = (values: string[]): string[] => [...new Set(values)];

const categoriesOf = (input: LegalPageInput): string[] => unique((input.purposes ?? []).flatMap((p) => p.dataCategories ?? []));

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

/** The editor's citation of the law behind the basis, linked when they gave its address. */
const lawOf = (purpose: Purpose): Inline | null => {
  const law = purpose.legalBasisReference;
  if (!law) return null;
  const text: Inline = { type: 'text', value: law.citation };
  return law.url ? { type: 'link', href: law.url, children: [text] } : text;
};

/** The Art. 22(2) exception an automated decision rests on, as the purpose's legal basis implies; none for the others. */
const automatedGround = (purpose: Purpose): 'contract' | 'law' | 'consent' | null => {
  switch (purpose.legalBasis) {
    case 'contract':
      return 'contract';
    case 'consent':
      return 'consent';
    case 'legal-obligation':
    case 'public-task':
      return 'law';
    default:
      return null;
  }
};

/** The automated decision: that it exists, its ground (22(2)), logic and consequences, and the 22(3) safeguards. */
const automatedDecisionText = (ctx: ComposeContext, purpose: Purpose): Inline[] | undefined => {
  const { pack } = ctx;
  const decision = purpose.automatedDecision;
  if (!decision) return undefined;
  if (!decision.exists) return ctx.t(pack.automatedDecision.none, '.');
  const ad = pack.automatedDecision;
  const ground = automatedGround(purpose);
  const sentence = (text: string) => ['. ', pack.grammar.capitalize(text)];
  const labelled = (label: string, value: string | undefined) => value && ['. ', pack.grammar.label(pack.grammar.capitalize(label)), value];
  return ctx.t(
    ad.exists,
    ground && sentence(ad.grounds[ground]),
    labelled(ad.logic, decision.logic),
    labelled(ad.consequences, decision.consequences),
    (ground === 'contract' || ground === 'consent') && sentence(ad.safeguards),
    '.',
  );
};

const purposeBlocks = (ctx: ComposeContext, purpose: Purpose): Block[] => {
  const { pack } = ctx;
  const { labels } = pack;
  const basis = purpose.legalBasis && pack.legalBases[purpose.legalBasis];
  const sources = purpose.collectedFrom && purpose.collectedFrom !== 'data-subject' ? purpose.dataSources ?? [] : [];
  const requirement = purpose.requirement;
  return [
    { type: 'heading', level: 3, children: ctx.plain(purpose.title) },
    ...ctx.md(purpose.description),
    ...ctx.fields([
      [labels.legalBasis, basis && ctx.t(pack.privacyPolicy.legalBasis(basis.label, basis.article, lawOf(purpose)))],
      // The interest pursued is information only where it is the basis (Art. 13(1)(d)): never under another basis.
      [labels.legitimateInterest, purpose.legalBasis === 'legitimate-interests' ? purpose.legitimateInterest : undefined],
      [labels.dataSubjects, purpose.dataSubjects?.length ? pack.grammar.list(purpose.dataSubjects) : undefined],
      [labels.dataCategories, purpose.dataCategories?.length ? pack.grammar.list(purpose.dataCategories) : undefined],
      [labels.dataSources, sources.length ? pack.grammar.list(sources) : undefined],
      [
        labels.providing,
        requirement && [
          ...ctx.t(pack.requirement[requirement.kind], '.'),
          ...(requirement.consequence ? ctx.t(pack.consequence(requirement.consequence.replace(/[.\s]+$/, '')), '.') : []),
        ],
      ],
      [labels.automatedDecision, automatedDecisionText(ctx, purpose)],
    ]),
    ...minorsBlocks(ctx, purpose),
  ];
};

/** What the editor added to a right: conditions, how to exercise it, and its own channels. */
const rightDetails = (ctx: ComposeContext, right: Right): Block[] => {
  const channels = channelList(ctx, right.channels);
  return [
    ...ctx.md(right.conditions),
    ...ctx.md(right.howToExercise),
    ...(channels.length ? [ctx.p(ctx.pack.privacyPolicy.exerciseThisRight), ...channels] : []),
  ];
};

const rightsBlocks = (ctx: ComposeContext): Block[] => {
  const { input, pack } = ctx;
  const authority = supervisoryAuthorityOf(input, pack);
  const rights = applicableRights(input);
  // The right to object is brought to the person's attention apart from the other rights (Art. 21(4)).
  const objection = rights.find((r) => r.kind === 'objection');
  const items = rights.filter((r) => r !== objection).map((right): Block[] => {
    const text = pack.rights[right.kind];
    const blocks: Block[] = [
      {
        type: 'paragraph',
        children: [ctx.h.strong(text.label), ...ctx.t(` (${right.reference ?? text.reference})`, ctx.colon, text.description(authority?.name ?? null), '.')],
      },
    ];
    if (right.kind === 'complaint' && authority) {
      blocks.push(
        ...ctx.fields([
          [pack.labels.authority, authority.name],
          [pack.labels.address, authority.address && ctx.address(authority.address)],
          [pack.labels.website, linkTo(authority.website, authority.website ?? '') ?? undefined],
          [pack.labels.webForm, linkTo(authority.complaintUrl, authority.complaintUrl ?? '') ?? undefined],
        ]),
      );
    }
    blocks.push(...rightDetails(ctx, right));
    return blocks;
  });
  const exercise = channelList(ctx, input.rightsExercise?.channels);
  const pp = pack.privacyPolicy;
  return [
    ...(items.length ? [ctx.p(pp.rightsIntro(ctx.h)), { type: 'list', ordered: false, items } as Block] : []),
    ...(objection
      ? [
          { type: 'heading', level: 3, children: ctx.t(pp.objectionTitle) } as Block,
          ctx.p(pp.objection(objection.reference ?? pack.rights.objection.reference)),
          ...rightDetails(ctx, objection),
        ]
      : []),
    { type: 'heading', level: 3, children: ctx.t(pp.exerciseTitle) },
    ...(exercise.length ? [ctx.p(pp.exerciseIntro(ctx.h)), ...exercise] : [ctx.p(pp.exerciseFallback(ctx.h))]),
    ...(input.rightsExercise?.identityProof ? ctx.md(input.rightsExercise.identityProof) : [ctx.p(pp.identityCheck(ctx.h))]),
    ctx.p(pp.responseTime(ctx.h)),
  ];
};

export const privacyPolicy: PageComposer = {
  lead: (ctx, site) => [ctx.p(ctx.pack.privacyPolicy.lead(ctx.h, site, frenchPrivacyLaw(ctx.input)))],

  // A section whose question is not answered yet says nothing rather than guess; the checklist asks the question.
  present: (input, id) => {
    switch (id) {
      case 'dpo':
        return input.dpo !== undefined;
      case 'data-categories':
        return categoriesOf(input).length > 0 || (input.purposes ?? []).some(collectedElsewhere);
      case 'recipients':
        return Boolean(input.recipients?.length) || declaresNoRecipient(input);
      case 'transfers':
        return Boolean(input.transfers?.length) || declaresNoTransfer(input);
      case 'cookies':
        return cookiesListed(input) || declaresNoCookie(input) || (cookiesKnown(input) && Boolean(input.page?.links?.cookiePolicy));
      case 'security':
        return input.securityMeasures === 'yes' || Boolean(input.security?.trim());
      case 'changes':
        return input.page?.noticeDays !== undefined || Boolean(input.effectiveDate);
      default:
        return true;
    }
  },

  sections: {
    controller: (ctx) => [
      ctx.p(ctx.pack.privacyPolicy.controllerIs(ctx.orgName(ctx.input.controller, 'plain'), ctx.input.controller.legalForm)),
      // The registration identifies the controller here too; the share capital belongs to the legal notice only.
      ...organisationFields(ctx, { ...ctx.input.controller, legalForm: undefined, shareCapital: undefined }, { registration: true }),
      ...contactPointFields(ctx, ctx.input.contactPoint),
    ],

    dpo: (ctx) => {
      const { dpo } = ctx.input;
      const pp = ctx.pack.privacyPolicy;
      if (!dpo) return [];
      if (!dpo.appointed) return [ctx.p(pp.dpoNotAppointed(ctx.h))];
      return [
        ctx.p(pp.dpoAppointed(ctx.h)),
        ...dpoFields(ctx, dpo),
        ...(dpo.external && dpo.organisation ? [ctx.p(pp.dpoExternal(dpo.organisation))] : []),
      ];
    },

    purposes: (ctx) => [
      ctx.p(ctx.pack.privacyPolicy.purposesIntro(ctx.h)),
      ...(ctx.input.purposes ?? []).flatMap((purpose) => purposeBlocks(ctx, purpose)),
      ...(ctx.input.automatedDecisions === 'no' ? [ctx.p(ctx.pack.grammar.capitalize(ctx.pack.automatedDecision.none), '.')] : []),
    ],

    'data-categories': (ctx) => {
      const { pack, input } = ctx;
      const pp = pack.privacyPolicy;
      const purposes = input.purposes ?? [];
      const categories = categoriesOf(input);
      const indirect = purposes.filter(collectedElsewhere);
      const blocks: Block[] = categories.length
        ? [ctx.p(pp.dataIntro(ctx.h)), { type: 'list', ordered: false, items: categories.map((c) => [{ type: 'paragraph', children: ctx.plain(c) }]) }]
        : [];
      if (!indirect.length) {
        const direct = categories.length > 0 && purposes.every((p) => p.collectedFrom === 'data-subject');
        return [...blocks, ...(direct ? [ctx.p(pp.dataDirect(ctx.h))] : [])];
      }
      return [
        ...blocks,
        ctx.p(pp.dataIndirect(ctx.h)),
        ...ctx.fields(indirect.map((p) => [p.title, p.dataSources?.length ? pack.grammar.list(p.dataSources) : pack.labels.notSpecified])),
      ];
    },

    recipients: (ctx) => {
      const { pack, input } = ctx;
      const pp = pack.privacyPolicy;
      const all = input.recipients ?? [];
      if (!all.length) return declaresNoRecipient(input) ? [ctx.p(pp.recipientsNone(ctx.h))] : [];
      const table = processorsTable(ctx);
      // Processors with their country go in the table; listing them again would say the same twice.
      const recipients = table ? all.filter((r) => r.kind !== 'processor') : all;
      const purposesOf = (id: string) => (input.purposes ?? []).filter((p) => p.recipients?.includes(id)).map((p) => p.title);
      // Purpose titles are names that may hold commas: one is given inline, several as a list of their own.
      const items = recipients.map((r): Block[] => {
        const purposes = purposesOf(r.id);
        return [
          {
            type: 'paragraph',
            children: [
              ctx.h.strong(r.name),
              ...ctx.t(` (${pack.recipientKinds[r.kind]})`),
              ...(r.description ? [...ctx.t(ctx.colon), ...ctx.plain(r.description)] : []),
              ...(purposes.length === 1 ? [...ctx.t('. ', pack.grammar.label(pack.labels.purposeOfRecipient)), ...ctx.plain(purposes[0])] : []),
              ...ctx.t('.'),
            ],
          },
          ...(purposes.length > 1
            ? [
                ctx.p(pack.grammar.label(pack.labels.purposesOfRecipient).trimEnd()),
                { type: 'list', ordered: false, items: purposes.map((title): Block[] => [{ type: 'paragraph', children: ctx.plain(title) }]) } as Block,
              ]
            : []),
        ];
      });
      return [
        ctx.p(pp.recipientsIntro(ctx.h)),
        ...(items.length ? [{ type: 'list', ordered: false, items } as Block] : []),
        // After other recipients the table needs its own lead-in; alone, the intro above leads to it.
        ...(table ? [...(items.length ? [ctx.p(pack.facts.processors.intro)] : []), table] : []),
        ...(all.some((r) => r.kind === 'processor') && input.processorContracts === 'yes' ? [ctx.p(pp.processorsNote(ctx.h))] : []),
      ];
    },

    transfers: (ctx) => {
      const { pack, input } = ctx;
      const pp = pack.privacyPolicy;
      const transfers = input.transfers ?? [];
      if (!transfers.length) return declaresNoTransfer(input) ? [ctx.p(pp.transfersNone(ctx.h))] : [];
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
      const items = (input.purposes ?? []).map((p): Block[] => {
        const rules = retentionRulesBlocks(ctx, p);
        // A main period said to cover some data only is one of the purpose's rules, listed with the others.
        const main = (p.retention?.appliesTo ? null : retentionPhrase(ctx, p.retention)) ?? (rules.length ? [] : ctx.t(pack.labels.notSpecified, '.'));
        return [{ type: 'paragraph', children: [ctx.h.strong(p.title), ...ctx.t(main.length ? ctx.colon : ctx.colon.trimEnd()), ...main] }, ...rules];
      });
      const cookieLink = linkTo(input.page?.links?.cookiePolicy, pack.labels.cookiePolicy);
      const cookies = cookiesKnown(input) && pp.cookiesRetention(ctx.h, cookieLink);
      return [
        ctx.p(pp.retentionIntro(ctx.h)),
        ...(items.length ? [{ type: 'list', ordered: false, items } as Block] : []),
        ...(cookies ? [ctx.p(cookies)] : []),
      ];
    },

    rights: rightsBlocks,

    cookies: (ctx) => {
      const { pack, input } = ctx;
      if (declaresNoCookie(input)) return [ctx.p(pack.cookiePolicy.none(ctx.h))];
      const link = linkTo(input.page?.links?.cookiePolicy, pack.labels.cookiePolicy);
      if (link) return [ctx.p(pack.privacyPolicy.cookiesLink(ctx.h, link))];
      return [ctx.p(pack.privacyPolicy.cookiesIntro(ctx.h)), cookieTable(ctx, input.cookies ?? [])];
    },

    security: (ctx) => [
      ...(ctx.input.securityMeasures === 'yes' ? [ctx.p(ctx.pack.privacyPolicy.security(ctx.h))] : []),
      ...ctx.md(ctx.input.security),
    ],

    changes: (ctx) => {
      const { pack, input } = ctx;
      const days = input.page?.noticeDays;
      // Advance notice is promised only as long as the page's own notice period makes it true.
      const notice = days ? [ctx.p(pack.privacyPolicy.changes(ctx.h, pack.format.duration({ value: days, unit: 'days' })))] : [];
      return [
        ...(days === 0 ? [ctx.p(pack.privacyPolicy.changesPublished(ctx.h))] : notice),
        ...(input.effectiveDate ? [ctx.p(pack.privacyPolicy.appliesFrom(ctx.h.date(input.effectiveDate)))] : []),
      ];
    },
  },
};
