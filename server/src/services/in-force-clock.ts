import type { Core, UID } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { PLUGIN_ID, uid } from '../plugin-id';
import { EVENT_FIELDS, type EventVersion } from './page-events';

const VERSION = uid('version') as UID.ContentType;
const BATCH = 100;

type DueVersion = EventVersion & { id: number; siteDocumentId: string };

/**
 * Sends `legal-page.in-force` when a scheduled version takes effect. Every process looks at the versions that took
 * effect and were not announced, every `inForceCheckIntervalMs` and at the effective date of the next one it knows;
 * each version is claimed by a conditional update that only one process can win, so the event goes out once however
 * many processes share the database, and at the next start when none was running at the effective date.
 */
const inForceClock = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  const versions = () => strapi.db.query(VERSION);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;

  return {
    start() {
      stopped = false;
      this.wake(0);
    },

    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },

    /** Plans the next look `delayMs` from now, never later than the check interval. */
    wake(delayMs: number) {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void this.run(), Math.max(0, Math.min(delayMs, config().inForceCheckIntervalMs)));
      // Waiting for a date must not keep a script that loaded Strapi from exiting.
      timer.unref();
    },

    run(): Promise<void> {
      running ??= (async () => {
        let next: number | null = null;
        try {
          await this.announceDue(new Date());
          next = await this.nextEffectiveDate();
        } catch (error) {
          if (!stopped) strapi.log.error(`[${PLUGIN_ID}] announcing versions in force failed: ${String(error)}`);
        } finally {
          running = null;
        }
        this.wake(next === null ? Infinity : next - Date.now());
      })();
      return running;
    },

    /** Claims every version that has taken effect and was not announced, and announces those in force now. */
    async announceDue(now: Date) {
      for (;;) {
        const due = (await versions().findMany({
          where: { inForceAnnouncedAt: null, withdrawnAt: null, effectiveAt: { $lte: now } },
          orderBy: [{ effectiveAt: 'asc' }, { number: 'asc' }],
          select: ['id', ...EVENT_FIELDS],
          limit: BATCH,
        })) as DueVersion[];
        for (const version of due) await this.claimAndAnnounce(version, now);
        if (due.length < BATCH) return;
      }
    },

    async claimAndAnnounce(version: DueVersion, now: Date) {
      const { count } = await versions().updateMany({ where: { id: version.id, inForceAnnouncedAt: null }, data: { inForceAnnouncedAt: now } });
      if (count !== 1) return;
      // A version superseded before anyone announced it (Strapi was down through both dates) never was the page a
      // frontend should show: claimed, not announced.
      const record = (await strapi.plugin(PLUGIN_ID).service('permanence').record(version.siteDocumentId)) as { retiredAt: string | null } | null;
      const page = { siteDocumentId: version.siteDocumentId, kind: version.kind, locale: version.locale, retiredAt: record?.retiredAt ?? null };
      const { current } = (await strapi.plugin(PLUGIN_ID).service('public-pages').inForce(page, now)) as { current: { number: number } | null };
      if (current?.number !== version.number) return;
      strapi.plugin(PLUGIN_ID).service('publishing').announce({ type: 'version.in-force', version });
    },

    async nextEffectiveDate(): Promise<number | null> {
      const next = (await versions().findOne({
        where: { inForceAnnouncedAt: null, withdrawnAt: null, effectiveAt: { $gt: new Date() } },
        orderBy: { effectiveAt: 'asc' },
        select: ['effectiveAt'],
      })) as { effectiveAt: string } | null;
      return next ? new Date(next.effectiveAt).getTime() : null;
    },

    /** Versions that took effect before this clock existed were never promised an event: marked, not announced. */
    async markPast() {
      await versions().updateMany({ where: { inForceAnnouncedAt: null, effectiveAt: { $lte: new Date() } }, data: { inForceAnnouncedAt: new Date() } });
      return {};
    },
  };
};

export default inForceClock;
