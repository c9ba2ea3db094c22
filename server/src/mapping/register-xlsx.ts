import ExcelJS from 'exceljs';
import { SECURITY_MEASURE_KINDS, type LocalePack, type RegisterColumn } from '../core';
import type { RegisterActivity } from './register';
import { labelled, registerCells, type RegisterCells } from './register-csv';

/**
 * The register as the workbook French DPOs keep, after the CNIL's model: an overview sheet (the controllers and
 * their DPOs, then the list of activities) and one sheet per activity under the model's headings. Every cell is
 * written as a string, never as a formula, so an editor's "=…" stays text whatever the spreadsheet.
 */

const SHEET_NAME_MAX = 31;
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** Excel refuses : \ / ? * [ ] in a sheet name, a quote at either end, more than 31 characters, and duplicates. */
export const sheetName = (wanted: string, taken: Set<string>): string => {
  const clean = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  let name = clean.length > SHEET_NAME_MAX ? `${clean.slice(0, SHEET_NAME_MAX - 1).trimEnd()}…` : clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean.slice(0, SHEET_NAME_MAX - String(n).length - 3).trimEnd()}… ${n}`;
  taken.add(name.toLowerCase());
  return name;
};

const heading = (sheet: ExcelJS.Worksheet, title: string, size = 12) => {
  const row = sheet.addRow([title]);
  row.font = { bold: true, size };
  row.getCell(1).fill = HEADING_FILL;
  return row;
};

const tableHeader = (sheet: ExcelJS.Worksheet, labels: string[]) => {
  const row = sheet.addRow(labels);
  row.font = { bold: true };
  return row;
};

const values = (sheet: ExcelJS.Worksheet, cells: string[]) => {
  const row = sheet.addRow(cells);
  row.alignment = WRAP;
  return row;
};

const field = (sheet: ExcelJS.Worksheet, pack: LocalePack, cells: RegisterCells, column: RegisterColumn) => {
  const row = values(sheet, [pack.register.columns[column], cells[column]]);
  row.getCell(1).font = { bold: true };
};

const activitySheet = (workbook: ExcelJS.Workbook, pack: LocalePack, activity: RegisterActivity, name: string) => {
  const words = pack.register;
  const cells = registerCells(pack, activity);
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 38 }, { width: 60 }, { width: 34 }, { width: 40 }];
  const fields = (...columns: RegisterColumn[]) => columns.forEach((column) => field(sheet, pack, cells, column));

  heading(sheet, `${words.sheet.title} – ${activity.activity}`, 14);
  sheet.addRow([]);
  heading(sheet, words.sheet.description);
  fields('number', 'activity', 'description', 'sites', 'publishedIn');
  heading(sheet, words.sheet.actors);
  fields('controller', 'controllerContact', 'legalRepresentative', 'euRepresentative', 'dpo', 'dpoContact');
  heading(sheet, words.sheet.purposes);
  fields('legalBasis', 'legitimateInterest', 'dataSources', 'automatedDecision');

  heading(sheet, words.sheet.security);
  for (const kind of SECURITY_MEASURE_KINDS) {
    const details = activity.securityMeasures.filter((measure) => measure.kind === kind).map((measure) => measure.detail);
    values(sheet, [words.securityMeasureKinds[kind], words.join(details)]).getCell(1).font = { bold: true };
  }

  heading(sheet, words.sheet.dataCategories);
  tableHeader(sheet, [words.tables.category, words.tables.description, words.tables.erasure]);
  for (const category of activity.dataCategories) values(sheet, [category.name, category.description, category.erasure || activity.retention]);
  fields('specialCategories');

  heading(sheet, words.sheet.dataSubjects);
  for (const subject of activity.dataSubjects) values(sheet, [subject]);

  heading(sheet, words.sheet.recipients);
  tableHeader(sheet, [words.tables.recipient, words.tables.recipientKind]);
  for (const recipient of activity.recipients) values(sheet, [recipient.name, recipient.kind]);

  heading(sheet, words.sheet.transfers);
  tableHeader(sheet, [words.tables.recipient, words.tables.country, words.tables.safeguard, words.tables.documentation]);
  for (const transfer of activity.transfers) {
    values(sheet, [transfer.recipient, transfer.country, labelled(pack, transfer.safeguard, transfer.detail), transfer.copyUrl]);
  }

  heading(sheet, words.sheet.retention);
  fields('retention', 'erasure');
  if (activity.missing.length) {
    sheet.addRow([]);
    fields('missing');
  }
  return sheet;
};

const CONTROLLER_COLUMNS: RegisterColumn[] = ['controller', 'controllerContact', 'legalRepresentative', 'euRepresentative', 'dpo', 'dpoContact'];
const ACTIVITY_COLUMNS: RegisterColumn[] = ['number', 'activity', 'controller', 'sites', 'publishedIn', 'legalBasis', 'missing'];

export interface WorkbookOptions {
  /** The date the register is drawn up, as ISO 8601. */
  exportedAt: string;
}

export const registerWorkbook = async (activities: RegisterActivity[], pack: LocalePack, options: WorkbookOptions): Promise<Buffer> => {
  const words = pack.register;
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(options.exportedAt);
  workbook.title = words.title;

  const overview = workbook.addWorksheet(words.overviewSheet);
  overview.columns = [{ width: 8 }, { width: 44 }, { width: 36 }, { width: 44 }, { width: 44 }, { width: 44 }, { width: 36 }];
  heading(overview, words.title, 14);
  overview.addRow([words.exportedOn(pack.format.date(options.exportedAt.slice(0, 10)))]);
  overview.addRow([]);

  const cells = activities.map((activity) => registerCells(pack, activity));
  heading(overview, words.controllersHeading);
  tableHeader(overview, CONTROLLER_COLUMNS.map((column) => words.columns[column]));
  const controllers = new Set<string>();
  for (const cell of cells) {
    const line = CONTROLLER_COLUMNS.map((column) => cell[column]);
    if (controllers.has(JSON.stringify(line))) continue;
    controllers.add(JSON.stringify(line));
    values(overview, line);
  }
  overview.addRow([]);

  heading(overview, words.activitiesHeading);
  tableHeader(overview, ACTIVITY_COLUMNS.map((column) => words.columns[column]));
  const taken = new Set([words.overviewSheet.toLowerCase()]);
  activities.forEach((activity, index) => {
    const name = sheetName(`${activity.number} ${activity.activity}`, taken);
    activitySheet(workbook, pack, activity, name);
    const row = values(overview, ACTIVITY_COLUMNS.map((column) => cells[index][column]));
    // The activity's name opens its sheet.
    row.getCell(2).value = { text: activity.activity, hyperlink: `#'${name.replace(/'/g, "''")}'!A1` };
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
};
