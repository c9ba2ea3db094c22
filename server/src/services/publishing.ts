import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import { accessibilityMention, checkCompliance, composeAndRender, hasBlockingFindings, nextConsentRevision, validateInput, type Cookie, type LegalPageInput, type PageKind } from '../core';
import type { PluginConfig } from '../config';
import { ConflictError } from '../errors';
import { describedSource, withSources } from '../mapping/finding-source';
import type { Doc, PageChoices } from '../mapping/to-input';
import { PLUGIN_ID, uid } from '../plugin-id';
import { isUniqueViolation } from './unique-violation';
import { EVENT_FIELDS, PAGE_EVENTS, type EventVersion } from './page-events';
import type { Preview, VersionSummary } from '../../../shared/contracts/pages';

const VERSION = uid('version') as UID.ContentType;
const RECORD = uid('site-record') as UID.ContentType;
const MAX_ATTEMPTS = 25;
const DAY_MS = 86_400_000;
const CLOCK_SKEW_MS = 60_000;

/** What changed in the published record; see `announce`. */
export type PublicationEvent =
  | { type: 'version.published'; version: EventVersion; inForce: boolean }
  | { type: 'version.in-force'; version: EventVersion }
  | { type: 'version.withdrawn'; version: EventVersion }
  | { type: 'site.retired'; siteDocumentId: string; retiredAt: string; reason: string }
  | { type: 'archive.imported'; versions: number; sites: string[] };

export interface WithdrawRequest {
  siteDocumentId: string;
  kind: PageKind;
  locale: string;
  number: number;
  reason: string;
  userId?: number;
}

export interface RetireRequest {
  siteDocumentId: string;
  retiredAt?: Date;
  reason: string;
  userId?: number;
}

export interface PublishRequest {
  siteDocumentId: string;
  kind: PageKind;
  locale: string;
  effectiveAt?: Date;
  /** Days after now, by the server's clock; with neither date, the page's notice period applies. */
  effectiveInDays?: number;
  changeSummary?: string;
  userId?: number;
}

export type { VersionSummary } from '../../../shared/contracts/pages';

const fieldError = (field: string, message: string): never => {
  throw new errors.ValidationError(`${field}: ${message}`, { errors: [{ path: [field], message, name: 'ValidationError' }] });
};

const SUMMARY_FIELDS = ['number', 'effectiveAt', 'publishedOn', 'changeSummary', 'contentHash', 'publishedWithErrors', 'withdrawnAt', 'withdrawalReason'] as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The input's problems and the compliance findings, each with the entry that holds its fact (`source`): what the
 * preview shows and what a refused publication reports, so both name the same entries.
 */
const assess = (input: LegalPageInput, site: Doc, locale: string) => {
  const validation = validateInput(input);
  const findings = checkCompliance(input);
  return {
    validation,
    problems: validation.valid ? [] : validation.problems.map((problem) => ({ ...problem, source: describedSource(problem.path, site, locale) ?? null })),
    findings,
    sourcedFindings: withSources(findings, input, site, locale),
  };
};

const publishing = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  const sources = () => strapi.plugin(PLUGIN_ID).service('page-sources');
  const permanence = () => strapi.plugin(PLUGIN_ID).service('permanence');

  /**
   * A date an editor sets for the public record must not be mistyped into the far future (9999-12-31 would stay
   * "upcoming" for ever): it lies within `effectiveDateHorizonDays`.
   */
  const assertWithinHorizon = (field: string, date: Date, now: Date, hint = '') => {
    const days = config().effectiveDateHorizonDays;
    if (date.getTime() > now.getTime() + days * DAY_MS) {
      fieldError(field, `${date.toISOString().slice(0, 10)} is more than ${days} days ahead (the effectiveDateHorizonDays option)${hint}: check the year`);
    }
  };

  return {
    /**
     * The one place where publishing, withdrawal, retirement, import and the in-force clock report what they changed
     * in the public record: the public cache forgets it, and webhooks hear of it.
     */
    announce(event: PublicationEvent) {
      strapi.plugin(PLUGIN_ID).service('public-pages').invalidate();
      const events = strapi.plugin(PLUGIN_ID).service('page-events');
      if (event.type === 'version.published') {
        events.emit(PAGE_EVENTS.LEGAL_PAGE_PUBLISH, event.version);
        if (event.inForce) events.emit(PAGE_EVENTS.LEGAL_PAGE_IN_FORCE, event.version);
        // A scheduled version: this process wakes at its date (the others at their next check).
        else strapi.plugin(PLUGIN_ID).service('in-force-clock').wake(new Date(event.version.effectiveAt as Date).getTime() - Date.now());
      }
      if (event.type === 'version.in-force') events.emit(PAGE_EVENTS.LEGAL_PAGE_IN_FORCE, event.version);
      if (event.type === 'version.withdrawn') events.emit(PAGE_EVENTS.LEGAL_PAGE_WITHDRAW, event.version);
      if (event.type === 'archive.imported') strapi.plugin(PLUGIN_ID).service('in-force-clock').wake(0);
      // The overview's stored states compare with the latest version: check again the pages it changed.
      const states = strapi.plugin(PLUGIN_ID).service('page-states');
      const marked =
        event.type === 'site.retired' || event.type === 'archive.imported'
          ? states.markSites(event.type === 'site.retired' ? [event.siteDocumentId] : event.sites)
          : states.markPages([{ siteDocumentId: String(event.version.siteDocumentId), kind: event.version.kind as PageKind, locale: String(event.version.locale) }]);
      marked.catch((error: unknown) => strapi.log.error(`[${PLUGIN_ID}] marking the pages of a ${event.type} failed: ${String(error)}`));
    },

    /**
     * What publishing would do now: input problems, compliance findings and the rendered page. Each problem and
     * finding names the entry that holds the fact (`source`), for the editor to open. `draft` previews unsaved choices.
     */
    async preview(siteDocumentId: string, kind: PageKind, locale: string, draft?: PageChoices): Promise<Preview> {
      const { input, site } = await sources().buildInput(siteDocumentId, kind, locale, undefined, draft);
      const { validation, problems, findings, sourcedFindings } = assess(input, site, locale);
      const rendered = validation.valid ? composeAndRender(input, { sanitize: 'always' }) : null;
      return {
        problems,
        findings: sourcedFindings,
        html: rendered?.html ?? null,
        document: rendered?.document ?? null,
        blocked: !validation.valid || hasBlockingFindings(findings),
        sections: await strapi.plugin(PLUGIN_ID).service('entry-usage').sectionsOf(site, kind, locale),
      };
    },

    /**
     * Composes the page from the current facts and stores it as the next immutable version. The number is taken
     * under the (site, kind, locale, number) unique index: a publication that loses a race retries with the next one.
     */
    async publish(request: PublishRequest): Promise<VersionSummary> {
      const now = new Date();
      if (request.effectiveAt) assertWithinHorizon('effectiveAt', request.effectiveAt, now);
      const asked = request.effectiveAt ?? (request.effectiveInDays === undefined ? undefined : new Date(now.getTime() + request.effectiveInDays * DAY_MS));
      if (request.effectiveInDays !== undefined && asked) assertWithinHorizon('effectiveInDays', asked, now);
      await permanence().assertNotRetired(request.siteDocumentId);
      const { input, site, effectiveAt } = await sources().buildInput(request.siteDocumentId, request.kind, request.locale, asked);
      if (!asked) assertWithinHorizon('effectiveAt', effectiveAt, now, ' after the page\'s notice period (effectiveDelayDays)');

      const { validation, problems, findings, sourcedFindings } = assess(input, site, request.locale);
      if (!validation.valid) {
        throw new errors.ValidationError(`The page cannot be composed: ${validation.problems.map((p) => `${p.path || '/'} ${p.message}`).join('; ')}`, {
          errors: validation.problems.map((p) => ({ path: p.path.split('/').filter(Boolean), message: p.message, name: 'ValidationError' })),
          problems,
        });
      }
      const blocking = findings.filter((f) => f.severity === 'error');
      if (blocking.length && !config().allowPublishWithErrors) {
        throw new errors.ValidationError(`Publication blocked by ${blocking.length} compliance error${blocking.length > 1 ? 's' : ''}: ${blocking.map((f) => f.code).join(', ')}`, {
          findings: sourcedFindings,
        });
      }

      const rendered = composeAndRender(input, { sanitize: 'always' });
      const contentHash = createHash('sha256').update(rendered.json).digest('hex');
      const consentRevision = request.kind === 'cookie-policy' ? await this.consentRevisionFor(request, input.cookies ?? []) : null;
      const data = {
        siteDocumentId: request.siteDocumentId,
        siteSlug: site.slug as string,
        kind: request.kind,
        locale: request.locale,
        effectiveAt,
        publishedOn: now,
        publishedById: request.userId ?? null,
        changeSummary: request.changeSummary ?? null,
        contentHash,
        publishedWithErrors: blocking.length > 0,
        findings,
        html: rendered.html,
        markdown: rendered.markdown,
        plainText: rendered.text,
        tree: JSON.parse(rendered.json),
        input,
        consentRevision,
        // In force at once: announced with the publication; a scheduled one is claimed by the in-force clock.
        inForceAnnouncedAt: effectiveAt.getTime() <= now.getTime() ? now : null,
        accessibility: request.kind === 'accessibility-statement' ? accessibilityMention(input) : null,
      };

      const publishedLocales = Array.isArray(site.publishedLocales) ? (site.publishedLocales as string[]) : [];
      await permanence().reserve(request.siteDocumentId, data.siteSlug, publishedLocales[0] ?? request.locale);

      for (let attempt = 1; ; attempt += 1) {
        const latest = await strapi.db.query(VERSION).findOne({
          where: { siteDocumentId: request.siteDocumentId, kind: request.kind, locale: request.locale },
          orderBy: { number: 'desc' },
          select: ['number'],
        });
        const number = ((latest?.number as number | undefined) ?? 0) + 1;
        try {
          const created = (await strapi.db.query(VERSION).create({ data: { ...data, number }, select: ['id'] })) as { id: number };
          // Compressed once here, so no request pays for it.
          await strapi.plugin(PLUGIN_ID).service('public-pages').storeEncodings(created.id);
          this.announce({ type: 'version.published', version: { ...data, number, withdrawnAt: null, withdrawalReason: null }, inForce: data.inForceAnnouncedAt !== null });
          return this.summary({ ...data, number });
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
          await pause(Math.random() * 20 * attempt);
        }
      }
    },

    /**
     * Withdraws a scheduled version before it takes effect: it stays in the archive, marked "withdrawn, never in
     * force", and in-force lookups skip it. A version in force (or that was) is the public record and stays as it is.
     */
    async withdraw(request: WithdrawRequest): Promise<VersionSummary> {
      const now = new Date();
      const where = { siteDocumentId: request.siteDocumentId, kind: request.kind, locale: request.locale, number: request.number };
      const { count } = await strapi.db.query(VERSION).updateMany({
        where: { ...where, withdrawnAt: null, effectiveAt: { $gt: now } },
        data: { withdrawnAt: now, withdrawalReason: request.reason, withdrawnById: request.userId ?? null },
      });
      const version = (await strapi.db.query(VERSION).findOne({ where, select: [...new Set([...SUMMARY_FIELDS, ...EVENT_FIELDS])] })) as EventVersion | null;
      if (!version) throw new errors.NotFoundError(`This page has no version ${request.number}`);
      if (count === 0) {
        if (version.withdrawnAt) throw new ConflictError(`Version ${request.number} was already withdrawn on ${new Date(version.withdrawnAt as string).toISOString()}`);
        throw new ConflictError(
          `Version ${request.number} has been in force since ${new Date(version.effectiveAt as string).toISOString()}: it is part of the public record and cannot be withdrawn; publish a new version instead`
        );
      }
      this.announce({ type: 'version.withdrawn', version });
      return this.summary(version);
    },

    /**
     * Retires a site: from `retiredAt` (now by default) none of its pages is in force; every version stays readable
     * by number and date, and its slugs stay reserved. Nothing undoes it, as nothing undoes a publication.
     */
    async retire(request: RetireRequest) {
      const now = new Date();
      const retiredAt = request.retiredAt ?? now;
      if (retiredAt.getTime() < now.getTime() - CLOCK_SKEW_MS) fieldError('retiredAt', 'must be now or later: the past of the public record is not rewritten');
      assertWithinHorizon('retiredAt', retiredAt, now);
      const record = await permanence().record(request.siteDocumentId);
      if (!record) {
        const exists = await strapi.db.query(uid('site') as UID.ContentType).findOne({ where: { documentId: request.siteDocumentId }, select: ['id'] });
        if (!exists) throw new errors.NotFoundError(`No site with documentId "${request.siteDocumentId}"`);
        throw new ConflictError('This site has published nothing: there is nothing to retire, and it can be deleted');
      }
      if (record.retiredAt) throw new ConflictError(`This site was already retired on ${new Date(record.retiredAt).toISOString()}`);
      const later = (await strapi.db.query(VERSION).findMany({
        where: { siteDocumentId: request.siteDocumentId, withdrawnAt: null, effectiveAt: { $gte: retiredAt } },
        select: ['kind', 'locale', 'number'],
      })) as Array<{ kind: string; locale: string; number: number }>;
      if (later.length) {
        throw new ConflictError(
          `Versions scheduled to take effect after the retirement would never be in force: withdraw them first (${later.map((v) => `${v.kind} ${v.locale} v${v.number}`).join(', ')})`,
          { versions: later }
        );
      }
      await strapi.db.query(RECORD).update({
        where: { siteDocumentId: request.siteDocumentId },
        data: { retiredAt, retirementReason: request.reason, retiredById: request.userId ?? null },
      });
      this.announce({ type: 'site.retired', siteDocumentId: request.siteDocumentId, retiredAt: retiredAt.toISOString(), reason: request.reason });
      return { siteDocumentId: request.siteDocumentId, retiredAt: retiredAt.toISOString(), reason: request.reason };
    },

    /**
     * The consent revision of a new cookie policy: the previous publication's (withdrawn ones were never in force,
     * no visitor consented under them), moved on only by a material change of the cookies.
     */
    async consentRevisionFor(request: PublishRequest, cookies: Cookie[]): Promise<number> {
      const previous = (await strapi.db.query(VERSION).findOne({
        where: { siteDocumentId: request.siteDocumentId, kind: request.kind, locale: request.locale, withdrawnAt: null },
        orderBy: { number: 'desc' },
        select: ['consentRevision', 'input'],
      })) as { consentRevision: number | null; input: { cookies?: Cookie[] } | string | null } | null;
      const snapshot = typeof previous?.input === 'string' ? (JSON.parse(previous.input) as { cookies?: Cookie[] }) : previous?.input;
      return nextConsentRevision(previous?.consentRevision ? { revision: previous.consentRevision, cookies: snapshot?.cookies ?? [] } : null, cookies);
    },

    summary(version: Record<string, unknown>): VersionSummary {
      const date = (value: unknown) => new Date(value as string).toISOString();
      return {
        number: version.number as number,
        effectiveAt: date(version.effectiveAt),
        publishedOn: date(version.publishedOn),
        changeSummary: (version.changeSummary as string | null) ?? null,
        contentHash: version.contentHash as string,
        publishedWithErrors: Boolean(version.publishedWithErrors),
        withdrawn: version.withdrawnAt ? { at: date(version.withdrawnAt), reason: String(version.withdrawalReason ?? '') } : null,
      };
    },
  };
};

export default publishing;
