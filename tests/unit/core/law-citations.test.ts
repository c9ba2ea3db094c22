/** Every article the core's own templates cite is in the one table of the law in force. */
import { composeAndRender, PAGE_KINDS } from '../../../server/src/core';
import { articlesCited } from '../../../server/src/core/compliance/citations';
import { CITATIONS, RENUMBERINGS } from '../../../server/src/core/law/citations';
import { fullInput } from './fixtures/full';

const tableArticles = new Set(Object.values(CITATIONS).map((c) => `${c.law} ${c.article}`));
const outdated = new Set(RENUMBERINGS.map((r) => `${r.law} ${r.old}`));
/** "6(1)(a)" → "6", "46.2.c" → "46", "1-1" stays: the table holds articles, not their paragraphs. */
const article = (cited: string) => (/^\d+-\d+$/.test(cited) ? cited : cited.match(/^\d+/)![0]);

describe.each(['fr', 'en'] as const)('the citations of the %s templates', (locale) => {
  it.each([...PAGE_KINDS])('%s cites only articles of the table, in their current numbering', (kind) => {
    const { text } = composeAndRender(fullInput(kind, locale));
    const cited = articlesCited(text).filter((c) => c.law !== null);
    const unknown = cited.filter((c) => !tableArticles.has(`${c.law} ${article(c.article)}`)).map((c) => c.quote);
    const old = cited.filter((c) => outdated.has(`${c.law} ${c.article}`)).map((c) => c.quote);
    expect({ unknown, old }).toEqual({ unknown: [], old: [] });
  });
});
