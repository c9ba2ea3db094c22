import { fieldOfPath, initialState, requestOf, stepErrors, stepOfPath, withKind, type WizardState } from '../../../admin/src/utils/wizard';

/** The new-site wizard's step logic, without React: what each step misses, the request, where an error sends back. */
// As the locale packs give them: the noun alone, since the pages add its article.
const designations = {
  'public-body': { fr: { designation: 'Collectivité', designationGender: 'feminine' as const }, en: null },
  company: { fr: { designation: 'Société', designationGender: 'feminine' as const }, en: { designation: 'Company', designationGender: 'feminine' as const } },
  association: { fr: { designation: 'Association', designationGender: 'feminine' as const }, en: null },
  person: { fr: null, en: null },
};
const starter = [
  { section: 'purpose' as const, key: 'newsletter', label: 'Newsletter', kinds: ['company' as const] },
  { section: 'purpose' as const, key: 'civil-status', label: 'État civil', kinds: ['public-body' as const] },
];

const filledSite = (): WizardState => {
  const state = withKind(initialState(['fr', 'en']), 'company', designations, starter);
  return { ...state, name: 'Exemple', baseUrl: 'https://exemple.fr', texts: { ...state.texts, en: { ...state.texts.en, designation: 'Company' } } };
};

describe('withKind', () => {
  it('sets the controller kind, the kind\'s starter set and its designation where none was written', () => {
    const state = withKind(initialState(['fr', 'en']), 'company', designations, starter);
    expect(state.kind).toBe('company');
    expect(state.controller.values.kind).toBe('company');
    expect(state.starterKeys).toEqual(['newsletter']);
    expect(state.texts.fr).toMatchObject({ designation: 'Société', designationGender: 'feminine' });
    expect(state.texts.en.designation).toBe('Company');
  });

  it('replaces another kind\'s default designation but keeps one the editor wrote', () => {
    const company = withKind(initialState(['fr']), 'company', designations, starter);
    expect(withKind(company, 'association', designations, starter).texts.fr.designation).toBe('Association');
    const written = { ...company, texts: { fr: { ...company.texts.fr, designation: 'Régie' } } };
    expect(withKind(written, 'association', designations, starter).texts.fr.designation).toBe('Régie');
  });
});

describe('stepErrors', () => {
  it('asks for the kind first', () => {
    expect(stepErrors('kind', initialState(['fr']))).toEqual(['kind']);
    expect(stepErrors('kind', filledSite())).toEqual([]);
  });

  it('names the site\'s missing fields, a base URL that is not one, and each locale\'s designation', () => {
    const empty = { ...initialState(['fr', 'en']), locales: ['fr', 'en'] };
    expect(stepErrors('site', empty)).toEqual(['name', 'baseUrl', 'texts.fr.designation', 'texts.en.designation']);
    expect(stepErrors('site', { ...empty, locales: [] })).toEqual(['name', 'baseUrl', 'locales']);
    expect(stepErrors('site', filledSite())).toEqual([]);
  });

  it('checks a new entry\'s required fields, and that an existing one is chosen', () => {
    const state = filledSite();
    expect(stepErrors('controller', state)).toEqual(expect.arrayContaining(['name', 'street', 'postalCode', 'city']));
    expect(stepErrors('controller', { ...state, controller: { mode: 'existing', documentId: '', values: {} } })).toEqual(['documentId']);
    expect(stepErrors('controller', { ...state, controller: { mode: 'existing', documentId: 'abc', values: {} } })).toEqual([]);
    expect(stepErrors('publisher', state)).toEqual([]);
    expect(stepErrors('answers', state)).toEqual([]);
  });
});

describe('requestOf', () => {
  it('sends trimmed texts, entries as references or data, and only the answered questions', () => {
    const state: WizardState = {
      ...filledSite(),
      name: '  Exemple ',
      controller: { mode: 'existing', documentId: 'org1', values: {} },
      dpo: { mode: 'new', documentId: '', values: { label: 'DPO', appointed: 'false', email: ' ' } },
      host: { mode: 'new', documentId: '', values: { name: 'Hébergeur', country: 'FR' } },
      answers: { ...filledSite().answers, cookiesUsed: 'no' },
    };
    const request = requestOf(state);
    expect(request).toMatchObject({
      name: 'Exemple',
      controller: { documentId: 'org1' },
      publisher: null,
      dpo: { data: { label: 'DPO', appointed: false } },
      host: { data: { name: 'Hébergeur', country: 'FR' } },
      cookiesUsed: 'no',
    });
    expect(request).not.toHaveProperty('transfersOutsideEea');
    expect(request).not.toHaveProperty('directorOfPublicationName');
    expect(request.texts.fr).toEqual({ designation: 'Société', designationGender: 'feminine' });
  });
});

describe('stepOfPath and fieldOfPath', () => {
  it('send a server error back to the step and field it names', () => {
    expect(stepOfPath(['controller', 'data', 'siren'])).toBe('controller');
    expect(fieldOfPath(['controller', 'data', 'siren'])).toBe('siren');
    expect(stepOfPath(['texts', 'fr', 'directorOfPublicationTitle'])).toBe('publisher');
    expect(fieldOfPath(['texts', 'fr', 'designation'])).toBe('texts.fr.designation');
    expect(stepOfPath(['cookiesUsed'])).toBe('answers');
    expect(stepOfPath(['baseUrl'])).toBe('site');
    expect(stepOfPath(undefined)).toBeUndefined();
    expect(fieldOfPath([])).toBeUndefined();
  });
});
