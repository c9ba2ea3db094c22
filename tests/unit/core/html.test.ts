/** The HTML of every page kind, in both locales, is valid HTML (html-validate) and accessible (axe-core in jsdom). */
import { readFileSync } from 'fs';
import { HtmlValidate } from 'html-validate';
import { JSDOM } from 'jsdom';
import { compose, renderHtml, SECTION_CATALOG, type PageKind } from '../../../server/src/core';
import { fullInput } from './fixtures/full';
import { seed000 } from './fixtures/seed-000';
import { seed001 } from './fixtures/seed-001';
import { seed002 } from './fixtures/seed-002';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const cases: Array<[string, unknown]> = [
  ...(Object.keys(SECTION_CATALOG) as PageKind[]).flatMap((kind) =>
    (['fr', 'en'] as const).map((locale): [string, unknown] => [`${kind} (${locale})`, fullInput(kind, locale)]),
  ),
  ['seed 000', seed000],
  ['seed 001', seed001],
  ['seed 002', seed002],
];

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ html: string }> }>;
}

const axe = async (html: string): Promise<AxeResult> => {
  const { window } = new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true });
  window.eval(axeSource);
  const run = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<AxeResult> } }).axe.run;
  // jsdom computes no layout or colours: the rules that need them cannot give a verdict there.
  return run(window.document, { rules: { 'color-contrast': { enabled: false }, 'link-in-text-block': { enabled: false } } });
};

describe.each(cases)('%s', (_, input) => {
  const doc = compose(input);
  const full = renderHtml(doc, { document: true });

  it('passes html-validate (recommended rules)', async () => {
    const report = await validator.validateString(full);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(messages).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('has no axe-core violation', async () => {
    const result = await axe(full);
    expect(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  }, 30000);

  it('has exactly one h1 and one h2 with a stable id per section', () => {
    const document = new JSDOM(full).window.document;
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    const h2 = [...document.querySelectorAll('h2')];
    expect(h2.map((h) => h.id)).toEqual(doc.sections.map((s) => s.anchor));
    for (const a of document.querySelectorAll('a[href^="#"]')) {
      expect(document.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    }
  });
});

describe('fragment rendering', () => {
  it('is an <article> with its lang, no html/head/body, and prefixed ids when asked', () => {
    const html = renderHtml(compose(fullInput()), { idPrefix: 'lp-' });
    expect(html.startsWith('<article class="legal-page legal-page--privacy-policy" lang="fr">')).toBe(true);
    expect(html).not.toMatch(/<(html|head|body)\b/);
    const document = new JSDOM(html).window.document;
    expect(document.getElementById('lp-purposes')).not.toBeNull();
    expect(document.querySelector('a[href="#lp-purposes"]')).not.toBeNull();
  });
});
