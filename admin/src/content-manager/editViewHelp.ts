/**
 * The Content Manager's edit view in the admin's language: Strapi keeps one label and one description per field in
 * its view configuration (English, written by the server), so this hook puts the French or English hint of the
 * plugin's help module in its place, and sends the plugin's enumerations to an input that shows their labels.
 */
import contentTypes from '../../../server/src/content-types';
import { ENUM_LABELS, fieldText, helpLang, isOwnHint } from '../../../server/src/content-manager/field-help';

export const MUTATE_EDIT_VIEW_LAYOUT = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

/** The field type of the plugin's enumerations, rendered by `LabelledEnumeration`. */
export const ENUM_FIELD_TYPE = 'legal-pages-enumeration';

/** The hook's payload names no model: the edit layout carries the schema's display name ("Legal · Site"). */
const TYPE_BY_DISPLAY_NAME: Record<string, string> = Object.fromEntries(
  Object.entries(contentTypes as Record<string, { schema: { info: { displayName: string } } }>).map(([type, { schema }]) => [schema.info.displayName, type])
);

/** Where Strapi's admin keeps the language the user chose (`useIntl` is not available to a hook). */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

const adminLanguage = () => {
  try {
    return helpLang(window.localStorage.getItem(ADMIN_LANGUAGE_KEY) ?? 'en');
  } catch {
    return helpLang('en');
  }
};

interface EditField {
  name: string;
  type: string;
  hint?: unknown;
  [key: string]: unknown;
}

interface EditLayout {
  layout: EditField[][][];
  settings: { displayName?: string };
  [key: string]: unknown;
}

/**
 * Replaces a field's hint only where it is empty or one of the help's own (in either language): an administrator's
 * own description, set in "Configure the view", is kept. Enumerations keep their values; only what they show changes.
 */
export const mutateEditViewLayout = <P extends { layout: EditLayout }>(payload: P): P => {
  const type = TYPE_BY_DISPLAY_NAME[payload.layout?.settings?.displayName ?? ''];
  if (!type) return payload;
  const lang = adminLanguage();
  const decorate = (field: EditField): EditField => {
    const text = fieldText(type, field.name, lang);
    const hint = typeof field.hint === 'string' || field.hint == null ? (field.hint as string | undefined) : undefined;
    const next: EditField = { ...field };
    if (text?.hint && (field.hint == null || (hint !== undefined && isOwnHint(type, field.name, hint)))) next.hint = text.hint;
    if (field.type === 'enumeration' && ENUM_LABELS[type]?.[field.name]) {
      next.type = ENUM_FIELD_TYPE;
      next.legalPagesHelpType = type;
    }
    return next;
  };
  return {
    ...payload,
    layout: { ...payload.layout, layout: payload.layout.layout.map((panel) => panel.map((row) => row.map(decorate))) },
  };
};
