/**
 * Benchmark of the composition core on a large page: 100 purposes, 50 recipients, 50 cookies.
 * Reports the median and p95 time to validate, compose and render each format, per locale.
 * Run: node bench/run-core.js bench/core.bench.ts [iterations]
 */
import {
  checkCompliance,
  compose,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  validateInput,
  type LegalPageInput,
} from '../server/src/core';

const ITERATIONS = Number(process.argv[2] ?? 200);
const WARM_UP = 20;

const largeInput = (locale: 'fr' | 'en'): LegalPageInput => {
  const fr = locale === 'fr';
  const address = { street: '1 place de la Mairie', postalCode: '35000', city: 'Rennes', country: 'FR' };
  const recipients = Array.from({ length: 50 }, (_, i) => ({
    id: `r${i}`,
    name: `${fr ? 'Prestataire' : 'Provider'} ${i}`,
    kind: i % 3 === 0 ? ('internal' as const) : ('processor' as const),
    description: fr ? `Hébergement et maintenance du service **${i}**` : `Hosting and maintenance of service **${i}**`,
    country: i % 10 === 0 ? 'US' : 'FR',
  }));
  return {
    kind: 'privacy-policy',
    locale,
    site: { name: 'Data Bretagne', slug: 'data-bretagne', baseUrl: 'https://data.bretagne.example.fr', designation: fr ? { text: 'Région', gender: 'f' } : { text: 'Region' } },
    controller: { legalName: 'Région Bretagne', kind: 'public-body', address, email: 'contact@bretagne.example.fr', phone: '02 99 00 00 00', website: 'https://www.bretagne.example.fr' },
    dpo: { appointed: true, name: 'Paul Durand', email: 'dpo@bretagne.example.fr', address },
    purposes: Array.from({ length: 100 }, (_, i) => ({
      id: `p${i}`,
      title: `${fr ? 'Finalité' : 'Purpose'} ${i}`,
      description: fr
        ? `Description de la finalité ${i}, avec un [lien](https://www.bretagne.example.fr/p${i}) et une liste :\n\n- premier point\n- second point`
        : `Description of purpose ${i}, with a [link](https://www.bretagne.example.fr/p${i}) and a list:\n\n- first item\n- second item`,
      legalBasis: (['consent', 'public-task', 'legal-obligation', 'contract'] as const)[i % 4],
      dataCategories: fr ? ['identité', 'coordonnées', `donnée ${i}`] : ['identity', 'contact details', `data ${i}`],
      collectedFrom: i % 5 === 0 ? ('third-party' as const) : ('data-subject' as const),
      dataSources: fr ? ['annuaire'] : ['directory'],
      recipients: [`r${i % 50}`, `r${(i + 7) % 50}`],
      retention: { duration: { value: (i % 12) + 1, unit: i % 2 ? ('months' as const) : ('years' as const) }, startEvent: fr ? 'la dernière connexion' : 'your last sign-in', endAction: 'deletion' as const },
      requirement: { kind: 'optional' as const },
    })),
    recipients,
    transfers: recipients.filter((r) => r.country === 'US').map((r) => ({ country: 'US', recipient: r.id, safeguard: 'scc' as const, copyUrl: 'https://www.bretagne.example.fr/cct' })),
    rights: (['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'complaint', 'post-mortem'] as const).map((kind) => ({ kind })),
    rightsExercise: { channels: [{ type: 'email', email: 'dpo@bretagne.example.fr' }, { type: 'postal', address }] },
    cookies: Array.from({ length: 50 }, (_, i) => ({
      name: `cookie_${i}`,
      provider: 'Région Bretagne',
      purpose: fr ? `Mesure d'audience ${i}` : `Audience measurement ${i}`,
      duration: { value: (i % 13) + 1, unit: 'months' as const },
      consentRequired: i % 2 === 0,
    })),
    effectiveDate: '2026-12-01',
    lastUpdated: '2026-11-23',
  };
};

const measure = (fn: () => unknown): { median: number; p95: number } => {
  for (let i = 0; i < WARM_UP; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
};

const rows: string[][] = [];
for (const locale of ['fr', 'en'] as const) {
  const input = largeInput(locale);
  const doc = compose(input);
  const steps: Array<[string, () => unknown]> = [
    ['validate', () => validateInput(input)],
    ['checkCompliance', () => checkCompliance(input)],
    ['compose (incl. validate)', () => compose(input)],
    ['render html', () => renderHtml(doc)],
    ['render markdown', () => renderMarkdown(doc)],
    ['render text', () => renderText(doc)],
    ['render json', () => renderJson(doc)],
    ['compose + html', () => renderHtml(compose(input))],
    ['compose + markdown', () => renderMarkdown(compose(input))],
    ['compose + text', () => renderText(compose(input))],
    ['compose + json', () => renderJson(compose(input))],
  ];
  for (const [name, fn] of steps) {
    const { median, p95 } = measure(fn);
    rows.push([locale, name, median.toFixed(2), p95.toFixed(2)]);
  }
  rows.push([locale, `(html size ${Math.round(renderHtml(doc).length / 1024)} KiB)`, '', '']);
}

const header = ['locale', 'step', 'median ms', 'p95 ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log(`Large page: 100 purposes, 50 recipients, 50 cookies; ${ITERATIONS} iterations after ${WARM_UP} warm-up (node ${process.version})`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
