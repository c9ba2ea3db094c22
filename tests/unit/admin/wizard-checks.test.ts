import { DPO_FIELDS, HOST_FIELDS, NEW_ORGANISATION, ORGANISATION_FIELDS, type FieldSpec } from '../../../admin/src/components/wizard/fields';
import { entryIssues, formatIssue, type FieldFormat } from '../../../admin/src/utils/wizardChecks';
import { initialState, requestOf, stepErrors, stepIssues, withKind, type WizardState } from '../../../admin/src/utils/wizard';
import { rulesFor } from '../../../server/src/validation/rules';
import { parseAmount } from '../../../server/src/core/fields/amount';

/** Each wizard step refuses, on the step, what the server would refuse once the last step is sent. */

const designations = {
  'public-body': { fr: { designation: 'Commune', designationGender: 'feminine' as const }, en: { designation: 'Municipality', designationGender: 'feminine' as const } },
  company: { fr: { designation: 'Société', designationGender: 'feminine' as const }, en: { designation: 'Company', designationGender: 'feminine' as const } },
  association: { fr: { designation: 'Association', designationGender: 'feminine' as const }, en: null },
  person: { fr: null, en: null },
};

const company = (): WizardState => ({
  ...withKind(initialState(['fr', 'en']), 'company', designations, []),
  name: 'Site d’Acme',
  baseUrl: 'https://www.acme.fr',
});

const controllerWith = (values: Record<string, string>): WizardState => {
  const state = company();
  const controller = { ...state.controller, values: { ...NEW_ORGANISATION, kind: 'company', name: 'Acme SAS', street: '1 rue de la Paix', postalCode: '75002', city: 'Paris', ...values } };
  return { ...state, controller };
};

describe('formatIssue', () => {
  it('tells a SIREN of the wrong length from one that fails its check digit, and accepts spaces', () => {
    expect(formatIssue('siren', '200046977')).toBeNull();
    expect(formatIssue('siren', '200 046 977')).toBeNull();
    expect(formatIssue('siren', '200046978')).toBe('siren-check-digit');
    expect(formatIssue('siren', '20004697')).toBe('siren-length');
    expect(formatIssue('siren', '2000469770')).toBe('siren-length');
  });

  it('checks e-mail addresses as publication does: a domain with a dot', () => {
    expect(formatIssue('email', 'contact@acme.fr')).toBeNull();
    expect(formatIssue('email', 'contact@acme')).toBe('email');
    expect(formatIssue('email', 'contact acme.fr')).toBe('email');
  });

  it('checks web addresses, phones and country codes', () => {
    expect(formatIssue('url', 'https://www.hebergeur.fr')).toBeNull();
    expect(formatIssue('url', 'hebergeur point fr')).toBe('url');
    expect(formatIssue('url', 'javascript:alert(1)')).toBe('url');
    expect(formatIssue('phone', '01 23 45 67 89')).toBeNull();
    expect(formatIssue('phone', '+33 1 23 45 67 89')).toBeNull();
    expect(formatIssue('phone', 'call us')).toBe('phone');
    expect(formatIssue('country', 'FR')).toBeNull();
    expect(formatIssue('country', 'fr')).toBe('country');
    expect(formatIssue('country', 'France')).toBe('country');
  });

  it('leaves an empty value to the required check', () => {
    expect(formatIssue('siren', '  ')).toBeNull();
  });
});

describe('entryIssues', () => {
  it('lists required and badly formatted fields in the form’s order, the first one first', () => {
    const issues = entryIssues(ORGANISATION_FIELDS, { ...NEW_ORGANISATION, name: 'Acme SAS', email: 'contact@acme', siren: '200046978' });
    expect(issues).toEqual([
      { field: 'street', code: 'required' },
      { field: 'postalCode', code: 'required' },
      { field: 'city', code: 'required' },
      { field: 'email', code: 'email' },
      { field: 'siren', code: 'siren-check-digit' },
    ]);
  });
});

describe('stepIssues', () => {
  it('refuses a mistyped SIREN on the controller’s step, and lets a corrected one through', () => {
    expect(stepIssues('controller', controllerWith({ siren: '200046978' }))).toEqual([{ field: 'siren', code: 'siren-check-digit' }]);
    expect(stepErrors('controller', controllerWith({ siren: '200046978' }))).toEqual(['siren']);
    expect(stepIssues('controller', controllerWith({ siren: '200046977' }))).toEqual([]);
  });

  it('refuses a short name typed with its article, naming the noun to keep', () => {
    const state = company();
    const withArticle = { ...state, texts: { ...state.texts, fr: { ...state.texts.fr, designation: 'la Ville' } } };
    expect(stepIssues('site', withArticle)).toEqual([{ field: 'texts.fr.designation', code: 'designation-article', article: 'la', noun: 'Ville' }]);
    const onlyArticle = { ...state, texts: { ...state.texts, en: { ...state.texts.en, designation: 'the' } } };
    expect(stepIssues('site', onlyArticle)).toEqual([{ field: 'texts.en.designation', code: 'designation-article', article: 'the', noun: '' }]);
    expect(stepIssues('site', state)).toEqual([]);
  });

  it('refuses a site address that is not an http(s) URL', () => {
    expect(stepIssues('site', { ...company(), baseUrl: 'www.acme.fr' })).toEqual([{ field: 'baseUrl', code: 'url' }]);
    expect(stepIssues('site', { ...company(), baseUrl: 'https://' })).toEqual([{ field: 'baseUrl', code: 'url' }]);
  });

  it('refuses the host’s website and phone on the host’s step', () => {
    const state = company();
    const host = { ...state.host, values: { ...state.host.values, name: 'Hébergeur', street: '1 rue du Serveur', postalCode: '75015', city: 'Paris', phone: 'none', website: 'hebergeur point fr' } };
    expect(stepIssues('host', { ...state, host })).toEqual([
      { field: 'phone', code: 'phone' },
      { field: 'website', code: 'url' },
    ]);
  });

  it('asks nothing more when the DPO step answers that none is appointed, or leaves the question for later', () => {
    const state = company();
    expect(stepIssues('dpo', { ...state, dpo: { mode: 'notAppointed', documentId: '', values: { appointed: 'true' } } })).toEqual([]);
    expect(stepIssues('dpo', { ...state, dpo: { mode: 'none', documentId: '', values: {} } })).toEqual([]);
    expect(stepIssues('dpo', { ...state, dpo: { mode: 'new', documentId: '', values: { label: 'DPO', email: 'dpo@' } } })).toEqual([{ field: 'email', code: 'email' }]);
  });
});

describe('a company’s share capital', () => {
  it('reads an amount as French and English write it, and nothing else', () => {
    expect(['10 000', '10000', '10 000,50', '1\u202f500\u00a0000 €', '0'].map(parseAmount)).toEqual([10000, 10000, 10000.5, 1500000, 0]);
    expect(['ten thousand', '-5', '10.505', '1,000,000', ''].map(parseAmount)).toEqual([null, null, null, null, null]);
  });

  it('is asked of a company only, and refused on its step when it is not an amount', () => {
    expect(stepIssues('controller', controllerWith({ shareCapital: 'dix mille' }))).toEqual([{ field: 'shareCapital', code: 'amount' }]);
    expect(stepIssues('controller', controllerWith({ shareCapital: '10 000' }))).toEqual([]);
    expect(stepIssues('controller', controllerWith({ kind: 'association', shareCapital: 'dix mille' }))).toEqual([]);
  });

  it('is sent as a number, and not at all once the kind no longer asks it', () => {
    expect(requestOf(controllerWith({ shareCapital: '10 000' })).controller).toEqual({ data: expect.objectContaining({ kind: 'company', shareCapital: 10000 }) });
    expect(requestOf(controllerWith({ kind: 'association', shareCapital: '10 000' })).controller).toEqual({ data: expect.not.objectContaining({ shareCapital: expect.anything() }) });
  });
});

describe('requestOf with "No DPO appointed"', () => {
  it('creates the DPO contact the DPO form would, one that says none is appointed', () => {
    const state: WizardState = { ...controllerWith({}), dpo: { mode: 'notAppointed', documentId: '', values: { appointed: 'true', label: 'typed before' } } };
    expect(requestOf(state, { notAppointedDpoLabel: 'Aucun délégué désigné (Site d’Acme)' }).dpo).toEqual({ data: { label: 'Aucun délégué désigné (Site d’Acme)', appointed: false } });
    // "Later" still sends no DPO at all: the question stays open.
    expect(requestOf({ ...state, dpo: { ...state.dpo, mode: 'none' } }).dpo).toBeNull();
  });
});

/**
 * The wizard's formats are the server's rules for the same fields: a value the wizard refuses, the server refuses too,
 * and a free-text field the server checks has its format in the wizard. A choice (select) offers only the values the
 * server accepts, so the made-up values below are refused by the server and never typed in the wizard.
 */
describe('the wizard’s formats agree with the server’s rules', () => {
  const rules = rulesFor(() => ['fr', 'en']);
  const BAD: Record<FieldFormat, string> = { email: 'nobody', url: 'hebergeur point fr', phone: 'call us', siren: '200046978', country: 'fr', amount: 'ten thousand' };
  const serverRefuses = (type: string, field: string, value: string) =>
    rules[type].flatMap((check) => check({ [field]: value })).some((problem) => problem.path[0] === field);
  const groups: Array<[string, FieldSpec[]]> = [
    ['organisation', ORGANISATION_FIELDS],
    ['organisation', HOST_FIELDS],
    ['dpo-contact', DPO_FIELDS],
  ];

  it.each(groups)('%s', (type, specs) => {
    for (const spec of specs) {
      if (spec.format) {
        expect([spec.name, formatIssue(spec.format, BAD[spec.format]) !== null]).toEqual([spec.name, true]);
        expect([spec.name, serverRefuses(type, spec.name, BAD[spec.format])]).toEqual([spec.name, true]);
      }
      if (!spec.format && spec.type !== 'select') {
        // A field without a format in the wizard has none on the server either.
        for (const value of Object.values(BAD)) expect([spec.name, value, serverRefuses(type, spec.name, value)]).toEqual([spec.name, value, false]);
      }
    }
  });

  it('site', () => {
    expect(serverRefuses('site', 'baseUrl', 'www.acme.fr')).toBe(true);
    expect(serverRefuses('site', 'designation', 'la Ville')).toBe(true);
  });
});
