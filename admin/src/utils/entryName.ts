import { ENUM_LABELS, FIELD_HELP, enumLabel, type HelpLang } from '../../../server/src/content-manager/field-help';

/** An entry's name as the editor knows it; an entry named by an enumeration (a right, by its kind) shows its label. */
export const entryDisplayName = (source: { type: string; entryName?: string }, lang: HelpLang) => {
  const mainField = FIELD_HELP[source.type]?.mainField;
  if (!source.entryName || !mainField) return source.entryName;
  return ENUM_LABELS[source.type]?.[mainField] ? enumLabel(source.type, mainField, source.entryName, lang) : source.entryName;
};
