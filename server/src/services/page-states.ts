import { createHash, randomUUID } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { checkCompliance, composeAndRender, PAGE_KINDS, validateInput, type LegalPageInput, type PageKind } from '../core';
import { firstFindingOf, pageKey, reverseRelations, type OverviewSite, type RelationMap } from '../core/overview';
import type { PluginConfig } from '../config';
import { PLUGIN_ID, uid } from '../plugin-id';
import { version as pluginVersion } from '../../../package.json';
import { isUniqueViolation } from './unique-violation';

const PREFIX = `plugin::${PLUGIN_ID}.`;
const STATE = uid('page-state') as UID.ContentType;
const SITE = uid('site') as UID.ContentType;
const VERSION = uid('version') as UID.ContentType;
/** The editor's composition choices: tied to its site by `siteDocumentId`, a field rather than a relation. */
const CHOICES = uid('page') as UID.ContentType;
/** Rows taken per round of the background check; a round holds few sites, so a new write waits little. */
const BATCH = 64;
/** A bound on one run of the check, so rows a failing database keeps stale cannot keep a process busy for ever. */
const MAX_PAGES_PER_RUN = 20_000;
const IN_CHUNK = 500;

/** What computed a row: a row computed by another version of the plugin is checked again (it may compose otherwise). */
export const ENGINE = pluginVersion;

type Row = { id: number; siteDocumentId: string; kind: PageKind; locale: string; staleToken: string | null };
type Page = { siteDocumentId: string; kind: PageKind; locale: string };
type Computed = {
  versionNumber: number | null;
  versionEffectiveAt: Date | null;
  versionHash: string | null;
  composedHash: string | null;
  problemCount: number;
  errorCount: number;
  warningCount: number;
  firstFinding: ReturnType<typeof firstFindingOf>;
};

const token = () => randomUUID();
const chunks = <T,>(list: T[], size = IN_CHUNK) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
const parse = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : ((value ?? {}) as Record<string, unknown>));

/**
 * The stored state of every page (site, kind, locale), kept for the overview. Writes mark the rows of the sites they
 * reach stale (`markSites`, `markPages`); a background check in this process recomputes stale rows in batches, one
 * load of a site per locale for all its kinds, and clears `stale` only where no write came in the meantime.
 */
const pageStates = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(STATE);
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  let reverse: ReturnType<typeof reverseRelations> | undefined;
  let running: Promise<void> | null = null;
  let again = false;

  /** The plugin's relations, read once from the registered schemas (so a content type added later is followed). */
  const dependents = () => {
    if (!reverse) {
      const map: RelationMap = {};
      for (const [typeUid, contentType] of Object.entries(strapi.contentTypes)) {
        if (!typeUid.startsWith(PREFIX)) continue;
        const attributes = contentType.attributes as Record<string, { type: string; target?: string }>;
        map[typeUid] = Object.fromEntries(
          Object.entries(attributes)
            .filter(([, a]) => a.type === 'relation' && typeof a.target === 'string' && a.target.startsWith(PREFIX))
            .map(([name, a]) => [name, a.target as string])
        );
      }
      reverse = reverseRelations(map);
    }
    return reverse;
  };

  /** Runs `work` once the current transaction (if any) commits: a check started earlier would read the old facts. */
  const afterCommit = (work: () => void) => {
    void strapi.db.transaction(({ onCommit }) => {
      onCommit(work);
    });
  };

  return {
    /** Whether a write to this content type can change any page. */
    tracks(typeUid: string) {
      return typeUid === SITE || typeUid === CHOICES || Boolean(dependents()[typeUid]?.length);
    },

    /**
     * The sites whose pages read the given entries, walking relations backwards from the entries to the sites
     * (a data category → its purposes → their sites; an organisation → the DPO contacts and recipients naming it,
     * the organisations it represents → … → sites). One query per edge and depth, whatever the number of sites.
     */
    async affectedSites(typeUid: string, documentIds: string[]): Promise<string[]> {
      if (typeUid === SITE) return [...new Set(documentIds)];
      if (typeUid === CHOICES) {
        const found = (await strapi.db.query(CHOICES).findMany({ where: { documentId: { $in: documentIds } }, select: ['siteDocumentId'] })) as Array<{ siteDocumentId: string }>;
        return [...new Set(found.map((f) => f.siteDocumentId))];
      }
      const seen = new Map<string, Set<string>>([[typeUid, new Set(documentIds)]]);
      const sites = new Set<string>();
      const frontier: Array<[string, string[]]> = [[typeUid, [...new Set(documentIds)]]];
      while (frontier.length) {
        const [target, ids] = frontier.shift()!;
        for (const { source, attributes } of dependents()[target] ?? []) {
          for (const chunk of chunks(ids)) {
            const found = (await strapi.db.query(source as UID.ContentType).findMany({
              where: { $or: attributes.map((attribute) => ({ [attribute]: { documentId: { $in: chunk } } })) },
              select: ['documentId'],
            })) as Array<{ documentId: string }>;
            const known = seen.get(source) ?? new Set<string>();
            seen.set(source, known);
            const fresh = [...new Set(found.map((f) => f.documentId))].filter((id) => !known.has(id));
            fresh.forEach((id) => known.add(id));
            if (source === SITE) fresh.forEach((id) => sites.add(id));
            else if (fresh.length) frontier.push([source, fresh]);
          }
        }
      }
      return [...sites];
    },

    /** Marks every page of these sites for a check, and starts it once the write is committed. */
    async markSites(siteDocumentIds: string[]) {
      const ids = [...new Set(siteDocumentIds)];
      for (const chunk of chunks(ids)) await rows().updateMany({ where: { siteDocumentId: { $in: chunk } }, data: { stale: true, staleToken: token() } });
      // Pages of a new site have no row yet: the check creates them.
      if (ids.length) afterCommit(() => void this.kick());
    },

    async markPages(pages: Page[]) {
      for (const page of pages) await rows().updateMany({ where: { ...page }, data: { stale: true, staleToken: token() } });
      if (pages.length) afterCommit(() => void this.kick());
    },

    /** The sites with their pages' locales: the published ones, else every configured one (as the composer offers). */
    async sites(): Promise<OverviewSite[]> {
      const entries = (await strapi.db.query(SITE).findMany({ select: ['documentId', 'name', 'slug', 'publishedLocales', 'updatedAt'] })) as Array<{
        documentId: string;
        name: string;
        slug: string | null;
        publishedLocales: unknown;
        updatedAt: string | null;
      }>;
      const byId = new Map<string, OverviewSite>();
      for (const entry of entries) {
        const published = Array.isArray(entry.publishedLocales) ? (entry.publishedLocales as string[]) : [];
        const known = byId.get(entry.documentId);
        // Name, slug and published locales are shared by every locale version; the latest change dates the site.
        if (!known || (entry.updatedAt !== null && (!known.updatedAt || new Date(entry.updatedAt) > new Date(known.updatedAt))))
          byId.set(entry.documentId, {
            documentId: entry.documentId,
            name: entry.name,
            slug: entry.slug,
            updatedAt: entry.updatedAt,
            locales: published.length ? published : [...config().locales],
          });
      }
      return [...byId.values()];
    },

    /** Starts the background check unless it runs; a call during a run makes it look again for stale rows at its end. */
    kick(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            await this.drain();
          } while (again);
        } catch (error) {
          strapi.log.error(`[${PLUGIN_ID}] checking the pages for the overview failed: ${(error as Error).stack ?? String(error)}`);
        } finally {
          running = null;
        }
      })();
      return running;
    },

    /** Resolves when this process's background check is idle (for the bench and the tests). */
    async settled() {
      while (running) await running;
    },

    /** Creates the rows of pages that have none (new sites, a fresh install), drops those of pages gone. */
    async ensureRows() {
      const [sites, existing] = await Promise.all([
        this.sites(),
        rows().findMany({ select: ['id', 'siteDocumentId', 'kind', 'locale'] }) as Promise<Array<Page & { id: number }>>,
      ]);
      const wanted = new Map<string, Page>();
      for (const site of sites) for (const kind of PAGE_KINDS) for (const locale of site.locales) wanted.set(pageKey(site.documentId, kind, locale), { siteDocumentId: site.documentId, kind, locale });
      const have = new Set(existing.map((r) => pageKey(r.siteDocumentId, r.kind, r.locale)));
      const missing = [...wanted.entries()].filter(([key]) => !have.has(key)).map(([, page]) => ({ ...page, stale: true, staleToken: token() }));
      const orphans = existing.filter((r) => !wanted.has(pageKey(r.siteDocumentId, r.kind, r.locale))).map((r) => r.id);
      for (const chunk of chunks(orphans)) await rows().deleteMany({ where: { id: { $in: chunk } } });
      for (const chunk of chunks(missing, 100)) {
        try {
          await rows().createMany({ data: chunk });
        } catch (error) {
          // Another process created some of them meanwhile: create the others one by one.
          if (!isUniqueViolation(error)) throw error;
          for (const data of chunk) await rows().create({ data }).catch((e: unknown) => { if (!isUniqueViolation(e)) throw e; });
        }
      }
    },

    /** Recomputes stale rows (and rows of another plugin version) until none is left. */
    async drain() {
      await this.ensureRows();
      let done = 0;
      while (done < MAX_PAGES_PER_RUN) {
        const batch = (await rows().findMany({
          where: { $or: [{ stale: true }, { engine: null }, { engine: { $ne: ENGINE } }] },
          select: ['id', 'siteDocumentId', 'kind', 'locale', 'staleToken'],
          orderBy: { id: 'asc' },
          limit: BATCH,
        })) as Row[];
        if (batch.length === 0) return;
        const groups = new Map<string, Row[]>();
        for (const row of batch) groups.set(`${row.siteDocumentId}\u0000${row.locale}`, [...(groups.get(`${row.siteDocumentId}\u0000${row.locale}`) ?? []), row]);
        for (const group of groups.values()) await this.recompute(group);
        done += batch.length;
      }
    },

    /** The latest version of each kind of a site in a locale that was not withdrawn, with its stored input. */
    async latestVersions(siteDocumentId: string, locale: string, kinds: PageKind[]) {
      const numbers = (await strapi.db.query(VERSION).findMany({
        where: { siteDocumentId, locale, kind: { $in: kinds }, withdrawnAt: null },
        select: ['kind', 'number'],
        orderBy: { number: 'desc' },
      })) as Array<{ kind: PageKind; number: number }>;
      const latest = kinds.flatMap((kind) => numbers.filter((n) => n.kind === kind).slice(0, 1));
      if (latest.length === 0) return new Map<PageKind, { number: number; effectiveAt: string; contentHash: string; input: unknown }>();
      const found = (await strapi.db.query(VERSION).findMany({
        where: { siteDocumentId, locale, $or: latest.map(({ kind, number }) => ({ kind, number })) },
        select: ['kind', 'number', 'effectiveAt', 'contentHash', 'input'],
      })) as Array<{ kind: PageKind; number: number; effectiveAt: string; contentHash: string; input: unknown }>;
      return new Map(found.map((v) => [v.kind, v]));
    },

    /** Checks the pages of one site in one locale, as a publication now would, and stores what it found. */
    async recompute(group: Row[]) {
      const { siteDocumentId, locale } = group[0];
      const kinds = group.map((row) => row.kind);
      const versions = await this.latestVersions(siteDocumentId, locale, kinds);
      const computed = new Map<PageKind, Computed>();
      const versionFields = (kind: PageKind) => {
        const v = versions.get(kind);
        return { versionNumber: v?.number ?? null, versionEffectiveAt: v ? new Date(v.effectiveAt) : null, versionHash: v?.contentHash ?? null };
      };
      try {
        const { inputs } = await strapi.plugin(PLUGIN_ID).service('page-sources').inputsFor(siteDocumentId, locale, kinds);
        for (const kind of kinds) {
          try {
            computed.set(kind, { ...versionFields(kind), ...assess(inputs.get(kind) as LegalPageInput, versions.get(kind)?.input) });
          } catch (error) {
            computed.set(kind, unavailable(versionFields(kind), error));
          }
        }
      } catch (error) {
        // The site cannot be loaded in this locale (no such locale version, a relation gone): blocked, saying why.
        for (const kind of kinds) computed.set(kind, unavailable(versionFields(kind), error));
      }
      const computedAt = new Date();
      for (const row of group) {
        // Only if no write marked the row again meanwhile: that write's check will store its own result.
        await rows().updateMany({
          where: { id: row.id, staleToken: row.staleToken },
          data: { ...computed.get(row.kind), stale: false, computedAt, engine: ENGINE },
        });
      }
    },
  };
};

/** A page that could not be checked: blocked, saying why, so the editor opens it instead of trusting an old state. */
const unavailable = (version: Pick<Computed, 'versionNumber' | 'versionEffectiveAt' | 'versionHash'>, error: unknown): Computed => {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ...version,
    composedHash: null,
    problemCount: 1,
    errorCount: 0,
    warningCount: 0,
    firstFinding: { code: 'input.unavailable', severity: 'error', message: { fr: message, en: message }, path: '/' },
  };
};

/**
 * Compliance as a publication now would find it (today's dates), and the hash of what it would store when a version
 * exists: composed with that version's own dates, so only a change of the facts or of the choices moves it.
 */
const assess = (input: LegalPageInput, storedInput: unknown) => {
  const validation = validateInput(input);
  const findings = checkCompliance(input);
  const problems = validation.valid ? [] : validation.problems;
  let composedHash: string | null = null;
  if (storedInput !== undefined && validation.valid) {
    const stored = parse(storedInput);
    const dated = { ...input, effectiveDate: stored.effectiveDate, lastUpdated: stored.lastUpdated } as Record<string, unknown>;
    for (const field of ['effectiveDate', 'lastUpdated']) if (dated[field] === undefined) delete dated[field];
    composedHash = createHash('sha256').update(composeAndRender(dated, { sanitize: 'always' }).json).digest('hex');
  }
  return {
    composedHash,
    problemCount: problems.length,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    firstFinding: firstFindingOf(problems, findings),
  };
};

export default pageStates;
