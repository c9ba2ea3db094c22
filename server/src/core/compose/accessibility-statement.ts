/**
 * The accessibility statement (loi 2005-102 art. 47, décret 2019-768, RGAA): the conformity status computed from the
 * audit, the inaccessible content, how the audit was done, the feedback channel and the Défenseur des droits.
 */
import { DEFENSEUR_DES_DROITS, conformityOf } from '../accessibility';
import type { AccessibilityFacts, LegalPageInput } from '../input/types';
import { citationText } from '../law/citations';
import type { Block, Inline } from '../tree';
import type { ComposeContext } from './context';
import type { PageComposer } from './page';
import { linkTo } from './shared';

const facts = (input: LegalPageInput): AccessibilityFacts => input.accessibility ?? {};

const hasFeedback = (input: LegalPageInput): boolean => {
  const feedback = facts(input).feedback;
  return Boolean(feedback && (feedback.email || feedback.url || feedback.phone || feedback.address));
};

const hasInaccessibleContent = (input: LegalPageInput): boolean => {
  const { nonConformities, derogations, exemptions } = facts(input);
  return Boolean(nonConformities?.length || derogations?.length || exemptions?.length);
};

const url = (href: string): Inline => ({ type: 'link', href, children: [{ type: 'text', value: href }] });

const bullets = (items: Block[][]): Block[] => (items.length ? [{ type: 'list', ordered: false, items }] : []);

const subheading = (ctx: ComposeContext, title: string): Block => ({ type: 'heading', level: 3, children: ctx.t(title) });

/** A titled list, left out when it has nothing to list. */
const titledList = (ctx: ComposeContext, title: string, items: Block[][], intro?: string): Block[] =>
  items.length ? [subheading(ctx, title), ...(intro ? [ctx.p(intro)] : []), ...bullets(items)] : [];

/** "Texte de l'éditeur (critères 1.1 et 1.2)." : the criteria go inside the editor's sentence, before its full stop. */
const withCriteria = (ctx: ComposeContext, description: string, criteria: string[] | undefined): Inline[] => {
  if (!criteria?.length) return ctx.plain(description);
  const stop = /\.\s*$/.test(description);
  return [...ctx.plain(stop ? description.replace(/\.\s*$/, '') : description), ...ctx.t(` (${ctx.pack.accessibility.criteria(criteria)})`, stop && '.')];
};

const inaccessibleContent = (ctx: ComposeContext): Block[] => {
  const words = ctx.pack.accessibility;
  const { nonConformities = [], derogations = [], exemptions = [] } = facts(ctx.input);
  return [
    ctx.p(words.inaccessibleIntro),
    ...titledList(
      ctx,
      words.nonConformities,
      nonConformities.map((item) => [{ type: 'paragraph', children: withCriteria(ctx, item.description, item.criteria) }]),
    ),
    ...titledList(
      ctx,
      words.derogations,
      derogations.map((item) => [
        { type: 'paragraph', children: ctx.plain(item.description) },
        ...ctx.fields([
          [words.justification, item.justification],
          [words.alternative, item.alternative],
        ]),
      ]),
    ),
    ...titledList(
      ctx,
      words.exemptions,
      exemptions.map((item) => [{ type: 'paragraph', children: ctx.plain(item.description) }, ...ctx.fields([[words.reason, item.reason]])]),
    ),
  ];
};

export const accessibilityStatement: PageComposer = {
  lead: (ctx, site) => [ctx.p(ctx.pack.accessibility.lead(ctx.h, site, citationText('loi-2005-102.accessibility', ctx.pack.code === 'fr' ? 'fr' : 'en')))],

  // A section with no fact to state is left out; the checklist says what is missing.
  present: (input, id) => {
    const { multiYearPlanUrl, actionPlanUrl, audit, establishedOn } = facts(input);
    if (id === 'plans') return Boolean(multiYearPlanUrl || actionPlanUrl);
    if (id === 'inaccessible-content') return hasInaccessibleContent(input);
    if (id === 'establishment') return Boolean(establishedOn || audit);
    if (id === 'feedback') return hasFeedback(input);
    return true;
  },

  sections: {
    plans: (ctx) => {
      const words = ctx.pack.accessibility;
      const { multiYearPlanUrl, actionPlanUrl } = facts(ctx.input);
      const links = [linkTo(multiYearPlanUrl, words.multiYearPlan), linkTo(actionPlanUrl, words.actionPlan)].filter((link): link is Inline => link !== null);
      return [ctx.p(words.plansIntro(ctx.h)), ...bullets(links.map((link) => [{ type: 'paragraph', children: [link] }]))];
    },

    conformity: (ctx) => {
      const { input, pack, h } = ctx;
      const words = pack.accessibility;
      const conformity = conformityOf(input);
      const audit = facts(input).audit;
      const status = h.strong(words.statuses[conformity.status]);
      const listed = conformity.status !== 'compliant' && h.has('inaccessible-content');
      if (conformity.auditProblem || !audit) {
        const date = audit ? h.date(audit.date) : null;
        return [ctx.p(words.status(h, input.site.name, status, null, false)), ctx.p(words.noValidAudit(conformity.auditProblem ?? 'missing', date))];
      }
      return [
        ctx.p(words.status(h, input.site.name, status, audit.rgaaVersion, listed)),
        ctx.p(words.results(audit.auditor, h.date(audit.date), conformity.rate as number, conformity.met as number, conformity.applicable as number, audit.rgaaVersion)),
      ];
    },

    'inaccessible-content': inaccessibleContent,

    establishment: (ctx) => {
      const { h } = ctx;
      const words = ctx.pack.accessibility;
      const { establishedOn, updatedOn, audit } = facts(ctx.input);
      const dates = establishedOn ? [ctx.p(words.established(h.date(establishedOn)), updatedOn && [' ', words.updated(h.date(updatedOn))])] : [];
      if (!audit) return dates;
      const plainItems = (values: string[] | undefined): Block[][] => (values ?? []).map((value) => [{ type: 'paragraph', children: ctx.plain(value) }]);
      return [
        ...dates,
        ...titledList(ctx, words.technologies, plainItems(audit.technologies)),
        ...titledList(ctx, words.environment, plainItems(audit.environment?.map((e) => words.combination(e.browser, e.assistiveTechnology))), words.environmentIntro),
        ...titledList(ctx, words.tools, plainItems(audit.tools)),
        ...titledList(
          ctx,
          words.pages,
          (audit.pages ?? []).map((page) => [{ type: 'paragraph', children: [...ctx.plain(page.title), ...(page.url ? [{ type: 'text', value: ' (' } as Inline, url(page.url), { type: 'text', value: ')' } as Inline] : [])] }]),
        ),
      ];
    },

    feedback: (ctx) => {
      const { pack, input } = ctx;
      const feedback = facts(input).feedback ?? {};
      // A letter needs the organisation's name before its address.
      const postal = feedback.address && `${input.controller.legalName}, ${ctx.address(feedback.address)}`;
      return [
        ctx.p(pack.accessibility.feedbackIntro(ctx.h)),
        ...ctx.fields([
          [pack.labels.email, feedback.email && ctx.email(feedback.email)],
          [pack.labels.webForm, feedback.url && url(feedback.url)],
          [pack.accessibility.postalAddress, postal],
          [pack.labels.phone, feedback.phone && ctx.phone(feedback.phone)],
        ]),
      ];
    },

    remedy: (ctx) => {
      const words = ctx.pack.accessibility;
      return [
        ctx.p(words.remedyIntro),
        ...bullets([
          [ctx.p(words.remedyForm(url(DEFENSEUR_DES_DROITS.formUrl)))],
          [ctx.p(words.remedyDelegates(url(DEFENSEUR_DES_DROITS.delegatesUrl)))],
          [ctx.p(words.remedyPost(DEFENSEUR_DES_DROITS.postalAddress))],
        ]),
      ];
    },
  },
};
