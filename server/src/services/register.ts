import type { Core, UID } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { PLUGIN_ID, uid } from '../plugin-id';

/** One row per purpose and site: the record of processing activities (GDPR Art. 30) as far as the sites show it. */
export interface RegisterRow {
  site: string;
  siteSlug: string;
  locale: string;
  controller: string;
  dpoEmail: string;
  purpose: string;
  legalBasis: string;
  legitimateInterest: string;
  dataCategories: string;
  specialCategories: string;
  dataSources: string;
  recipients: string;
  transfers: string;
  retention: string;
  automatedDecision: string;
}

export const REGISTER_COLUMNS: Array<keyof RegisterRow> = [
  'site', 'siteSlug', 'locale', 'controller', 'dpoEmail', 'purpose', 'legalBasis', 'legitimateInterest', 'dataCategories',
  'specialCategories', 'dataSources', 'recipients', 'transfers', 'retention', 'automatedDecision',
];

type Doc = Record<string, any>;
const names = (items: Doc[] | undefined, field = 'name') => (items ?? []).map((i) => i[field]).filter(Boolean).join('; ');

const retentionOf = (r: Doc | null | undefined) => {
  if (!r) return '';
  const duration = r.durationValue && r.durationUnit ? `${r.durationValue} ${r.durationUnit}` : r.criterion ?? '';
  return [duration, r.startEvent ? `from ${r.startEvent}` : '', r.endAction ? `then ${r.endAction}` : '', r.legalReference ? `(${r.legalReference})` : '']
    .filter(Boolean)
    .join(' ');
};

/** RFC 4180: quote every field, double the quotes inside. */
const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

const register = ({ strapi }: { strapi: Core.Strapi }) => ({
  async rows(): Promise<RegisterRow[]> {
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
    const sites = (await strapi.db.query(uid('site') as UID.ContentType).findMany({ select: ['documentId', 'locale', 'publishedLocales'] })) as Doc[];
    const byDocument = new Map<string, Doc[]>();
    for (const row of sites) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
    const sources = strapi.plugin(PLUGIN_ID).service('page-sources');

    const rows: RegisterRow[] = [];
    for (const [documentId, versions] of byDocument) {
      const published = versions.find((v) => Array.isArray(v.publishedLocales))?.publishedLocales as string[] | undefined;
      const locale = [config.defaultLocale, ...(published ?? []), ...versions.map((v) => v.locale)].find((l) => versions.some((v) => v.locale === l))!;
      const site = (await sources.loadSite(documentId, locale)) as Doc;
      for (const purpose of (site.purposes ?? []) as Doc[]) {
        rows.push({
          site: site.name,
          siteSlug: site.slug,
          locale,
          controller: site.controller?.name ?? '',
          dpoEmail: site.dpo?.email ?? '',
          purpose: purpose.title,
          legalBasis: purpose.legalBasis ?? '',
          legitimateInterest: purpose.legitimateInterest ?? '',
          dataCategories: names(purpose.dataCategories),
          specialCategories: names((purpose.dataCategories ?? []).filter((c: Doc) => c.special)),
          dataSources: purpose.collectedFromDataSubject === false ? purpose.dataSources ?? '' : 'data subject',
          recipients: names(purpose.recipients),
          transfers: (purpose.transfers ?? []).map((t: Doc) => `${t.country} (${t.safeguard})`).join('; '),
          retention: retentionOf(purpose.retention),
          automatedDecision: purpose.automatedDecision ? purpose.automatedDecisionLogic ?? 'yes' : 'no',
        });
      }
    }
    return rows;
  },

  toCsv(rows: RegisterRow[]) {
    return [REGISTER_COLUMNS, ...rows.map((row) => REGISTER_COLUMNS.map((column) => row[column] ?? ''))]
      .map((line) => line.map((value) => csvField(String(value))).join(','))
      .join('\r\n')
      .concat('\r\n');
  },
});

export default register;
