/** The allow-list enforcement: the fast verifier accepts our output and rejects anything else. */
import { compose, isSafeHref, renderHtml } from '../../../server/src/core';
import { enforceAllowList, sanitizeFragment, verifyAllowList } from '../../../server/src/core/render/sanitize';
import { fullInput } from './fixtures/full';

describe('verifyAllowList', () => {
  it('accepts every page the renderer produces, unchanged by sanitize-html', () => {
    for (const kind of ['privacy-policy', 'privacy-summary', 'legal-notice', 'cookie-policy'] as const) {
      const html = renderHtml(compose(fullInput(kind)), { sanitize: 'never' });
      expect(verifyAllowList(html)).toBe(true);
      expect(renderHtml(compose(fullInput(kind)), { sanitize: 'always' })).toContain('<h2 id="purposes">'.slice(0, 4));
    }
  });

  it.each([
    '<p>ok</p><script>alert(1)</script>',
    '<p onclick="x()">x</p>',
    '<p style="color:red">x</p>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<img src=x>',
    '<h2 id="x" class="y">x</h2>',
    '<p>a < b</p>',
    '<!-- comment -->',
    '</p onclick="x">',
  ])('rejects %s, and sanitize-html then removes it', (html) => {
    expect(verifyAllowList(html)).toBe(false);
    const cleaned = enforceAllowList(html, 'verify');
    expect(cleaned).toBe(sanitizeFragment(html));
    expect(cleaned).not.toMatch(/<script|<[^>]*\s(onclick|style)=|href="javascript:|<img/i);
  });
});

describe('isSafeHref', () => {
  it.each(['https://x.fr', 'http://x.fr', 'mailto:a@b.fr', 'tel:+33100000000', '#purposes', '/mentions-legales', 'page.html'])('accepts %s', (href) =>
    expect(isSafeHref(href)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'jav&#x09;ascript:x', '&#106;avascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'jav%09ascript:x', '\u0001javascript:x'])(
    'refuses %j',
    (href) => expect(isSafeHref(href)).toBe(false),
  );
});
