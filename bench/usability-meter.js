'use strict';

/**
 * The counting user of bench/usability.js: every action a flow takes on the admin goes through it, so what the
 * report counts is what the user did. Reading the screen (waiting for a text) is free; clicking, filling a field,
 * choosing an option, going to a page and scrolling are counted, per step. A second count, kept by the page itself
 * (trusted DOM clicks), checks that no click escaped the wrapper.
 */

const STEP = () => ({ clicks: 0, fields: 0, choices: 0, navigations: 0, backtracks: 0, screens: 0, pages: [], backtrackReasons: [], actions: [] });

class Meter {
  constructor(page, { viewportHeight = 900 } = {}) {
    this.page = page;
    this.viewportHeight = viewportHeight;
    this.steps = [];
    this.current = undefined;
    this.domClicks = 0;
    this.fieldNames = new Set();
  }

  /** Counts the clicks the page receives from real (trusted) input, whatever the flow called. */
  async install() {
    await this.page.exposeBinding('__usabilityClick', () => {
      this.domClicks += 1;
    });
    await this.page.addInitScript(() => {
      document.addEventListener('click', (e) => e.isTrusted && window.__usabilityClick(), true);
    });
    // Where the user went: every path the admin showed, in order (the SPA's own route changes included).
    this.page.on('framenavigated', (frame) => {
      if (frame !== this.page.mainFrame() || !this.current) return;
      const url = new URL(frame.url());
      const where = `${url.pathname.replace(/^\/admin/, '') || '/'}${url.search}`;
      const pages = this.current.pages;
      if (pages[pages.length - 1] !== where) pages.push(where);
    });
  }

  step(name) {
    this.current = { name, ...STEP() };
    this.steps.push(this.current);
  }

  log(kind, what) {
    this.current.actions.push(`${kind}: ${what}`);
  }

  /** Brings the target on screen as a user scrolling the page would, counting the screens scrolled past. */
  async reach(locator) {
    // The Content Manager re-renders its Save button as the form changes: a target that moved or was redrawn
    // between finding and scrolling is found again, and counted once.
    for (let attempt = 1; ; attempt += 1) {
      try {
        const screens = await this.screensTo(locator);
        await locator.scrollIntoViewIfNeeded({ timeout: 10000 });
        if (screens) {
          this.current.screens += screens;
          this.log('scroll', `${screens} screen(s)`);
        }
        return;
      } catch (error) {
        if (attempt === 3 || !/not attached|not stable|detached/i.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  /** How many screens the user scrolls to bring the target into view. */
  async screensTo(locator) {
    await locator.waitFor({ state: 'attached', timeout: 60000 });
    return locator.evaluate((el, height) => {
      // The admin scrolls inside its layout: the nearest scrolling ancestor, else the window.
      let box = el.parentElement;
      while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
      const top = el.getBoundingClientRect().top;
      const view = box ? box.getBoundingClientRect().bottom : window.innerHeight;
      return top > view - 40 ? Math.ceil((top - view + 80) / height) : 0;
    }, this.viewportHeight);
  }

  async click(locator, what) {
    await this.reach(locator);
    await locator.click();
    this.current.clicks += 1;
    this.log('click', what);
  }

  /** A text field: one click into it (counted with the field) and the typing. */
  async fill(locator, value, what) {
    await this.reach(locator);
    await locator.click();
    await locator.fill(value);
    this.current.fields += 1;
    this.current.clicks += 1;
    this.fieldNames.add(what);
    this.log('field', `${what} = ${value}`);
  }

  /** A choice in a list, a radio button or a checkbox: the click that opens or ticks it, and the option. */
  async choose(locator, what, option) {
    await this.click(locator, what);
    if (option) {
      await this.click(option, `${what}: option`);
    }
    this.current.choices += 1;
  }

  async goto(url, what) {
    await this.page.goto(url);
    this.current.navigations += 1;
    this.log('goto', what ?? url);
  }

  async back(what = 'browser back') {
    await this.page.goBack();
    this.current.navigations += 1;
    this.log('back', what);
  }

  /** The user returns to an earlier step or page to fix something they already did or could not do there. */
  backtrack(reason) {
    this.current.backtracks += 1;
    this.current.backtrackReasons.push(reason);
    this.log('backtrack', reason);
  }

  note(text) {
    this.log('note', text);
  }

  report() {
    const total = { clicks: 0, fields: 0, choices: 0, navigations: 0, backtracks: 0, screens: 0 };
    for (const s of this.steps) for (const k of Object.keys(total)) total[k] += s[k];
    return { steps: this.steps, total, domClicks: this.domClicks };
  }
}

/** One line per step and a total, as the console and docs/usability-runs.md show them. */
const table = (title, report) => {
  const cols = ['clicks', 'fields', 'choices', 'navigations', 'backtracks', 'screens'];
  const rows = [...report.steps.map((s) => [s.name, ...cols.map((c) => s[c])]), ['Total', ...cols.map((c) => report.total[c])]];
  const lines = [`### ${title}`, '', `| Step | ${cols.join(' | ')} |`, `|---|${cols.map(() => '--:').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  lines.push('', 'Where they went:');
  for (const s of report.steps) {
    lines.push(`- ${s.name}: ${s.pages.join(' → ') || '(same page)'}${s.backtrackReasons.length ? `; backtracks: ${s.backtrackReasons.join('; ')}` : ''}`);
  }
  return lines.join('\n');
};

module.exports = { Meter, table };
