import { ENUM_FIELD_TYPE, mutateEditViewLayout } from '../../admin/src/content-manager/editViewHelp';
import { FIELD_HELP } from '../../server/src/content-manager/field-help';

const field = (name: string, type: string, hint?: string) => ({ name, type, hint, label: name, attribute: { type } });
const layout = (displayName: string, fields: ReturnType<typeof field>[]) => ({ layout: { layout: [[fields]], settings: { displayName }, options: {} }, query: {} });

const withLanguage = (language: string | null, run: () => void) => {
  const store = { getItem: () => language };
  (globalThis as unknown as { window: unknown }).window = { localStorage: store };
  try {
    run();
  } finally {
    delete (globalThis as unknown as { window?: unknown }).window;
  }
};

describe('the edit-view hook: hints and enumerations in the admin’s language', () => {
  it('puts the French hint in place of the English default in a French admin', () => {
    withLanguage('fr', () => {
      const { en, fr } = FIELD_HELP.purpose.fields.legalBasis;
      const [[[out]]] = mutateEditViewLayout(layout('Legal · Purpose', [field('legalBasis', 'enumeration', en.hint)])).layout.layout;
      expect(out.hint).toBe(fr.hint);
      // The enumeration keeps its values; only the input that shows them changes.
      expect(out).toMatchObject({ type: ENUM_FIELD_TYPE, legalPagesHelpType: 'purpose', attribute: { type: 'enumeration' } });
    });
  });

  it('keeps an administrator’s own description, and English where the admin is not French', () => {
    withLanguage('fr', () => {
      const [[[out]]] = mutateEditViewLayout(layout('Legal · Site', [field('baseUrl', 'string', 'Notre propre aide')])).layout.layout;
      expect(out.hint).toBe('Notre propre aide');
    });
    withLanguage('de', () => {
      const [[[out]]] = mutateEditViewLayout(layout('Legal · Site', [field('baseUrl', 'string', '')])).layout.layout;
      expect(out.hint).toBe(FIELD_HELP.site.fields.baseUrl.en.hint);
    });
  });

  it('leaves other content types alone', () => {
    const payload = layout('Article', [field('title', 'string', 'x')]);
    expect(mutateEditViewLayout(payload)).toBe(payload);
  });
});
