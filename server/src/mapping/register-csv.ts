import { REGISTER_COLUMNS, type LocalePack, type RegisterColumn } from '../core';
import type { ContactDetails, RegisterActivity } from './register';

/** One activity as text cells, one per Art. 30(1) item: the CSV's row and the workbook's overview. */
export type RegisterCells = Record<RegisterColumn, string>;

const contactCell = (pack: LocalePack, contact: ContactDetails | null, withName = false): string =>
  contact
    ? pack.register.join(
        [
          withName ? contact.name : '',
          contact.address,
          contact.phone && `${pack.grammar.label(pack.labels.phone)}${contact.phone}`,
          contact.email && `${pack.grammar.label(pack.labels.email)}${contact.email}`,
        ].filter(Boolean)
      )
    : '';

export const sitesCell = (pack: LocalePack, activity: RegisterActivity) =>
  pack.register.join(activity.sites.map((site) => (site.locales.length ? `${site.name} (${site.locales.join(', ')})` : site.name)));

export const publishedCell = (pack: LocalePack, activity: RegisterActivity) =>
  pack.register.join(activity.publishedIn.map((p) => `${p.site}, ${p.page}, ${p.locale}, ${pack.register.version(p.version, p.inForce)}`));

export const labelled = (pack: LocalePack, label: string, value: string) => (label && value ? `${pack.grammar.label(label)}${value}` : label || value);

export const registerCells = (pack: LocalePack, activity: RegisterActivity): RegisterCells => {
  const { join } = pack.register;
  return {
    number: String(activity.number),
    activity: activity.activity,
    description: activity.description,
    sites: sitesCell(pack, activity),
    publishedIn: publishedCell(pack, activity),
    controller: activity.controller?.name ?? '',
    controllerContact: contactCell(pack, activity.controller),
    legalRepresentative: activity.controller?.legalRepresentative ?? '',
    euRepresentative: contactCell(pack, activity.euRepresentative, true),
    dpo: activity.dpo ? join([activity.dpo.name, activity.dpo.organisation].filter(Boolean)) : activity.dpoAppointed === false ? pack.register.noDpo : '',
    dpoContact: contactCell(pack, activity.dpo),
    legalBasis: activity.legalBasis,
    legitimateInterest: activity.legitimateInterest,
    dataSubjects: join(activity.dataSubjects),
    dataCategories: join(activity.dataCategories.map((c) => c.name)),
    specialCategories: join(activity.dataCategories.filter((c) => c.special).map((c) => c.name)),
    erasure: join(activity.dataCategories.filter((c) => c.erasure).map((c) => labelled(pack, c.name, c.erasure))),
    dataSources: activity.dataSources,
    recipients: join(activity.recipients.map((r) => (r.kind ? `${r.name} (${r.kind})` : r.name))),
    transfers: join(activity.transfers.map((t) => labelled(pack, [t.country, t.recipient].filter(Boolean).join(', '), t.safeguard))),
    retention: activity.retention,
    securityMeasures: join(activity.securityMeasures.map((m) => labelled(pack, m.heading, m.detail))),
    automatedDecision: activity.automatedDecision,
    missing: join(activity.missing.map((column) => pack.register.columns[column])),
  };
};

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a formula: an
 * editor's purpose title "=HYPERLINK(…)" would run on the DPO's machine (CSV injection, OWASP). A leading quote
 * makes it text; the value stays readable.
 */
export const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** RFC 4180: quote every field, double the quotes inside. */
const csvField = (value: string) => `"${neutralise(value).replace(/"/g, '""')}"`;

/** The register as CSV: one line per activity, the header in the activities' language. */
export const registerCsv = (activities: RegisterActivity[], pack: LocalePack): string =>
  [
    REGISTER_COLUMNS.map((column) => pack.register.columns[column]),
    ...activities.map((activity) => {
      const cells = registerCells(pack, activity);
      return REGISTER_COLUMNS.map((column) => cells[column]);
    }),
  ]
    .map((line) => line.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
