/**
 * Labels and hints the Content Manager shows for the plugin's content types, in English and French: the one source
 * for the server's view configuration (English, the default an administrator may change), the admin's labels and
 * hints in its own language, and the field names findings give. Pure: the admin bundles it.
 */
import { uid } from '../plugin-id';
import { accessibilityAuditHelp, accessibilityContentHelp } from './help/accessibility';
import { cookieHelp, dpoContactHelp, pageHelp, recipientHelp, rightHelp, securityMeasureHelp, transferHelp } from './help/entries';
import { organisationHelp } from './help/organisation';
import { dataCategoryHelp, dataSubjectHelp, purposeHelp, retentionPeriodHelp } from './help/purpose';
import { siteIdentityHelp } from './help/site';
import { siteAccessibilityHelp } from './help/site-accessibility';
import { sitePrivacyHelp } from './help/site-privacy';
import { HELP_LANGS, type FieldText, type HelpLang, type TypeHelp } from './help/types';

export { ENUM_LABELS, enumLabel } from './help/enums';
export { HELP_LANGS, type FieldHelp, type FieldText, type HelpLang, type TypeHelp } from './help/types';

/** Every content type the Content Manager shows (`content-manager.visible`), by its name in the plugin. */
export const FIELD_HELP: Record<string, TypeHelp> = {
  organisation: organisationHelp,
  'dpo-contact': dpoContactHelp,
  site: { mainField: 'name', fields: { ...siteIdentityHelp, ...sitePrivacyHelp, ...siteAccessibilityHelp } },
  purpose: purposeHelp,
  'data-category': dataCategoryHelp,
  'retention-period': retentionPeriodHelp,
  recipient: recipientHelp,
  transfer: transferHelp,
  right: rightHelp,
  'data-subject': dataSubjectHelp,
  'security-measure': securityMeasureHelp,
  'accessibility-audit': accessibilityAuditHelp,
  'accessibility-content': accessibilityContentHelp,
  cookie: cookieHelp,
  page: pageHelp,
};

/** The help's language for an admin or content locale: French for any `fr…`, English otherwise. */
export const helpLang = (locale: string | null | undefined): HelpLang => (locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en');

export const fieldText = (type: string, field: string, lang: HelpLang): FieldText | undefined => FIELD_HELP[type]?.fields[field]?.[lang];

/** Both languages' label of a field, for a finding's source; none for a field the help does not know. */
export const fieldLabels = (type: string, field: string): Record<HelpLang, string> | undefined => {
  const help = FIELD_HELP[type]?.fields[field];
  return help ? { en: help.en.label, fr: help.fr.label } : undefined;
};

/**
 * The admin's translation ids of the fields' labels: the Content Manager's edit and list views look up
 * `content-manager.content-types.<uid>.<field>` before the configured label, so these follow the admin's language.
 */
export const contentManagerLabelMessages = (lang: HelpLang): Record<string, string> =>
  Object.fromEntries(
    Object.entries(FIELD_HELP).flatMap(([type, help]) =>
      Object.entries(help.fields).map(([field, text]) => [`content-manager.content-types.${uid(type)}.${field}`, text[lang].label])
    )
  );

/** Whether a configured hint is one of the help's own (any language), so an administrator's own text is kept. */
export const isOwnHint = (type: string, field: string, hint: string | null | undefined): boolean => {
  if (!hint) return true;
  const help = FIELD_HELP[type]?.fields[field];
  return !!help && HELP_LANGS.some((lang) => help[lang].hint === hint);
};
