import contentTypes from '../../server/src/content-types';
import { ENUM_LABELS, FIELD_HELP, contentManagerLabelMessages, fieldLabels, isOwnHint } from '../../server/src/content-manager/field-help';
import { HELP_LANGS } from '../../server/src/content-manager/help/types';

type Schema = { info: { displayName: string }; pluginOptions?: Record<string, { visible?: boolean }>; attributes: Record<string, { type: string; enum?: string[] }> };
const schemas = Object.entries(contentTypes as Record<string, { schema: Schema }>).map(([name, { schema }]) => ({ name, schema }));
const visible = schemas.filter(({ schema }) => schema.pluginOptions?.['content-manager']?.visible !== false);

/**
 * Fields whose hint may be empty, each with why. None today: every field says what goes in it. A field added here
 * must say why an editor needs no help to fill it.
 */
const EMPTY_HINT_ALLOWED: Array<[type: string, field: string, why: string]> = [];

describe('Content Manager help: every visible field, in English and French', () => {
  it('covers exactly the content types the Content Manager shows', () => {
    expect(Object.keys(FIELD_HELP).sort()).toEqual(visible.map(({ name }) => name).sort());
  });

  it.each(visible.map(({ name, schema }) => [name, schema] as const))('%s: every attribute has a label and a hint in en and fr', (name, schema) => {
    const help = FIELD_HELP[name];
    const missing: string[] = [];
    for (const field of Object.keys(schema.attributes)) {
      for (const lang of HELP_LANGS) {
        const text = help.fields[field]?.[lang];
        if (!text?.label.trim()) missing.push(`${field} (${lang} label)`);
        const emptyAllowed = EMPTY_HINT_ALLOWED.some(([type, f]) => type === name && f === field);
        if (!text?.hint.trim() && !emptyAllowed) missing.push(`${field} (${lang} hint)`);
      }
    }
    expect(missing).toEqual([]);
    // No help for a field the type does not have (a renamed attribute), and a main field that exists.
    expect(Object.keys(help.fields).filter((field) => !(field in schema.attributes))).toEqual([]);
    expect(schema.attributes[help.mainField]).toBeDefined();
  });

  it('gives every enumeration value a label in both languages, from the one table', () => {
    const missing: string[] = [];
    for (const { name, schema } of visible) {
      for (const [field, attribute] of Object.entries(schema.attributes)) {
        if (attribute.type !== 'enumeration') continue;
        for (const lang of HELP_LANGS) {
          for (const value of attribute.enum ?? []) {
            const label = ENUM_LABELS[name]?.[field]?.[lang][value];
            if (!label || label === value) missing.push(`${name}.${field}.${value} (${lang})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  const frenchTexts = () =>
    Object.entries(FIELD_HELP).flatMap(([type, help]) =>
      Object.entries(help.fields).flatMap(([field, text]) => [[`${type}.${field} label`, text.fr.label], [`${type}.${field} hint`, text.fr.hint]] as const)
    );
  const frenchEnumLabels = () =>
    Object.entries(ENUM_LABELS).flatMap(([type, fields]) =>
      Object.entries(fields).flatMap(([field, labels]) => Object.entries(labels.fr).map(([value, label]) => [`${type}.${field}.${value}`, label] as const))
    );

  it('writes French with the pages’ typography: typographic apostrophes, no-break spaces, no "de le"', () => {
    const bad = [...frenchTexts(), ...frenchEnumLabels()].filter(
      ([, text]) => /'/.test(text) || / [:;?!»]/.test(text) || /« /.test(text) || /\b(de|à) (le|les) \b/i.test(text) || /\bde [aeéiou]/i.test(text)
    );
    expect(bad).toEqual([]);
  });

  it('keeps English words out of the French help', () => {
    // Word boundaries that know accented letters: "téléphone" holds no English "phone".
    const english = /(?<!\p{L})(the|and|or|with|must|when|only|required|optional|empty|field|email|phone|street|city)(?!\p{L})/iu;
    // Quoted examples and proper names are the editor's own words, in French: checked apart from them.
    const bad = frenchTexts().filter(([, text]) => english.test(text.replace(/«[^»]*»/g, '').replace(/"[^"]*"/g, '')));
    expect(bad).toEqual([]);
  });

  it('cites the LCEN identification duties at article 1-1, not article 6', () => {
    const phone = FIELD_HELP.organisation.fields.phone;
    expect(phone.en.hint).toContain('Article 1-1 of Act No. 2004-575');
    expect(phone.fr.hint).toContain('article\u00a01-1 de la loi n°\u00a02004-575');
    const all = [...frenchTexts().map(([, t]) => t), ...Object.values(FIELD_HELP).flatMap((h) => Object.values(h.fields).map((f) => f.en.hint))];
    expect(all.filter((text) => /LCEN[^.]*\b(art\.|article) ?6\b/i.test(text))).toEqual([]);
  });

  it('never labels a field with its value or its raw name', () => {
    for (const help of Object.values(FIELD_HELP)) {
      for (const [field, text] of Object.entries(help.fields)) {
        for (const lang of HELP_LANGS) expect([field, text[lang].label]).not.toEqual([field, field]);
      }
    }
    expect(FIELD_HELP.organisation.fields.shareCapitalCurrency.fr.label).toBe('Devise du capital social');
  });

  it('gives the admin one translation id per label, as the Content Manager looks them up', () => {
    const fr = contentManagerLabelMessages('fr');
    expect(fr['content-manager.content-types.plugin::legal-pages.organisation.shareCapitalCurrency']).toBe('Devise du capital social');
    expect(Object.keys(fr)).toHaveLength(Object.values(FIELD_HELP).reduce((n, h) => n + Object.keys(h.fields).length, 0));
    expect(fieldLabels('dpo-contact', 'email')).toEqual({ en: 'Email', fr: 'Courriel' });
  });

  it('replaces only its own hints, in either language, never an administrator’s', () => {
    const { en, fr } = FIELD_HELP.site.fields.baseUrl;
    expect(isOwnHint('site', 'baseUrl', en.hint)).toBe(true);
    expect(isOwnHint('site', 'baseUrl', fr.hint)).toBe(true);
    expect(isOwnHint('site', 'baseUrl', '')).toBe(true);
    expect(isOwnHint('site', 'baseUrl', 'Our own words')).toBe(false);
  });

  it('labels enumeration values from the core’s locale packs where they exist', () => {
    expect(ENUM_LABELS.purpose.legalBasis.fr['public-task']).toBe('Mission d’intérêt public (article\u00a06.1.e du RGPD)');
    expect(ENUM_LABELS.purpose.legalBasis.en['public-task']).toBe('Public task (Article 6(1)(e) GDPR)');
    expect(ENUM_LABELS.cookie.category.fr.audience).toBe('Mesure d’audience');
    expect(ENUM_LABELS.site.transfersOutsideEea.fr).toEqual({ yes: 'Oui', no: 'Non' });
  });
});
