import type { Core } from '@strapi/strapi';
import type { PageKind } from '../core';
import { FORMATS, type Format } from '../public/shape';
import { PLUGIN_ID } from '../plugin-id';

/**
 * The plugin's webhook events. Versions are written without the Document Service, so no `entry.*` event fires for
 * them: these are registered with Strapi's webhook store and emitted on its event hub, so Strapi's webhooks deliver
 * them like their own.
 */
export const PAGE_EVENTS = {
  LEGAL_PAGE_PUBLISH: 'legal-page.publish',
  LEGAL_PAGE_IN_FORCE: 'legal-page.in-force',
  LEGAL_PAGE_WITHDRAW: 'legal-page.withdraw',
} as const;
export type PageEventName = (typeof PAGE_EVENTS)[keyof typeof PAGE_EVENTS];

/** What an event says about a version: its public facts and addresses, never its input or who published it. */
export interface PageEventPayload {
  site: string;
  kind: PageKind;
  locale: string;
  version: number;
  effectiveAt: string;
  publishedOn: string;
  contentHash: string;
  changeSummary: string | null;
  consentRevision: number | null;
  withdrawal: { at: string; reason: string } | null;
  /** The version's permanent addresses, one per format. */
  urls: Record<Format, string>;
}

/** The version row fields an event is made of. */
export const EVENT_FIELDS = [
  'siteDocumentId', 'siteSlug', 'kind', 'locale', 'number', 'effectiveAt', 'publishedOn', 'contentHash', 'changeSummary', 'consentRevision', 'withdrawnAt', 'withdrawalReason',
] as const;
export type EventVersion = Record<(typeof EVENT_FIELDS)[number], unknown>;

const iso = (value: unknown) => new Date(value as string).toISOString();

const pageEvents = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Lets Strapi's webhooks subscribe to the events (its store refuses events it does not know). */
  register() {
    const store = strapi.get('webhookStore');
    for (const [key, value] of Object.entries(PAGE_EVENTS)) store.addAllowedEvent(key, value);
  },

  names(): PageEventName[] {
    return Object.values(PAGE_EVENTS);
  },

  payload(version: EventVersion): PageEventPayload {
    const base = `${strapi.config.get('server.absoluteUrl', '')}${strapi.config.get('api.rest.prefix', '/api')}/${PLUGIN_ID}/pages`;
    const address = `${base}/${encodeURIComponent(String(version.siteSlug))}/${version.kind}/versions/${version.number}?locale=${encodeURIComponent(String(version.locale))}`;
    const urls = Object.fromEntries((Object.keys(FORMATS) as Format[]).map((format) => [format, format === 'json' ? address : `${address}&format=${format}`])) as Record<Format, string>;
    return {
      site: String(version.siteSlug),
      kind: version.kind as PageKind,
      locale: String(version.locale),
      version: Number(version.number),
      effectiveAt: iso(version.effectiveAt),
      publishedOn: iso(version.publishedOn),
      contentHash: String(version.contentHash),
      changeSummary: (version.changeSummary as string | null) ?? null,
      consentRevision: (version.consentRevision as number | null) ?? null,
      withdrawal: version.withdrawnAt ? { at: iso(version.withdrawnAt), reason: String(version.withdrawalReason ?? '') } : null,
      urls,
    };
  },

  /** Strapi's webhook runner posts `{ event, createdAt, legalPage }` to every webhook subscribed to the event. */
  emit(event: PageEventName, version: EventVersion) {
    void strapi.eventHub.emit(event, { legalPage: this.payload(version) });
  },
});

export default pageEvents;
