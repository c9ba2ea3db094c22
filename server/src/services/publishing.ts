import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkCompliance, composeAndRender, hasBlockingFindings, validateInput, type Finding, type PageKind } from '../core';
import type { PluginConfig } from '../config';
import { findingSource, withSources } from '../mapping/finding-source';
import type { PageChoices } from '../mapping/to-input';
import { PLUGIN_ID, uid } from '../plugin-id';

const VERSION = uid('version') as UID.ContentType;
const MAX_ATTEMPTS = 25;

export interface PublishRequest {
  siteDocumentId: string;
  kind: PageKind;
  locale: string;
  effectiveAt?: Date;
  changeSummary?: string;
  userId?: number;
}

export interface VersionSummary {
  number: number;
  effectiveAt: string;
  publishedOn: string;
  changeSummary: string | null;
  contentHash: string;
  publishedWithErrors: boolean;
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; errno?: number; message?: string };
  return e.code === '23505' || e.code === 'ER_DUP_ENTRY' || e.errno === 1062 || String(e.code).startsWith('SQLITE_CONSTRAINT') || /unique|duplicate/i.test(e.message ?? '');
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const publishing = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  const sources = () => strapi.plugin(PLUGIN_ID).service('page-sources');

  return {
    /**
     * What publishing would do now: input problems, compliance findings and the rendered page. Each problem and
     * finding names the entry that holds the fact (`source`), for the editor to open. `draft` previews unsaved choices.
     */
    async preview(siteDocumentId: string, kind: PageKind, locale: string, draft?: PageChoices) {
      const { input, site } = await sources().buildInput(siteDocumentId, kind, locale, undefined, draft);
      const validation = validateInput(input);
      const findings: Finding[] = checkCompliance(input);
      const rendered = validation.valid ? composeAndRender(input, { sanitize: 'always' }) : null;
      return {
        problems: validation.valid ? [] : validation.problems.map((problem) => ({ ...problem, source: findingSource(problem.path, site, locale) ?? null })),
        findings: withSources(findings, input, site, locale),
        html: rendered?.html ?? null,
        blocked: !validation.valid || hasBlockingFindings(findings),
      };
    },

    /**
     * Composes the page from the current facts and stores it as the next immutable version. The number is taken
     * under the (site, kind, locale, number) unique index: a publication that loses a race retries with the next one.
     */
    async publish(request: PublishRequest): Promise<VersionSummary> {
      const now = new Date();
      const { input, site, effectiveAt } = await sources().buildInput(request.siteDocumentId, request.kind, request.locale, request.effectiveAt);

      const validation = validateInput(input);
      if (!validation.valid) {
        throw new errors.ValidationError(`The page cannot be composed: ${validation.problems.map((p) => `${p.path || '/'} ${p.message}`).join('; ')}`, {
          errors: validation.problems.map((p) => ({ path: p.path.split('/').filter(Boolean), message: p.message, name: 'ValidationError' })),
        });
      }
      const findings = checkCompliance(input);
      const blocking = findings.filter((f) => f.severity === 'error');
      if (blocking.length && !config().allowPublishWithErrors) {
        throw new errors.ValidationError(`Publication blocked by ${blocking.length} compliance error${blocking.length > 1 ? 's' : ''}: ${blocking.map((f) => f.code).join(', ')}`, {
          findings,
        });
      }

      const rendered = composeAndRender(input, { sanitize: 'always' });
      const contentHash = createHash('sha256').update(rendered.json).digest('hex');
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
      };

      for (let attempt = 1; ; attempt += 1) {
        const latest = await strapi.db.query(VERSION).findOne({
          where: { siteDocumentId: request.siteDocumentId, kind: request.kind, locale: request.locale },
          orderBy: { number: 'desc' },
          select: ['number'],
        });
        const number = ((latest?.number as number | undefined) ?? 0) + 1;
        try {
          await strapi.db.query(VERSION).create({ data: { ...data, number } });
          strapi.plugin(PLUGIN_ID).service('public-pages').invalidate();
          return this.summary({ ...data, number });
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
          await pause(Math.random() * 20 * attempt);
        }
      }
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
      };
    },
  };
};

export default publishing;
