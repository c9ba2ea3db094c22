import { compose, isSafeHref, renderJson, validateInput } from '../../../server/src/core';
import { httpUrlProblem, pageLinkProblem } from '../../../server/src/core/fields';
import { withSafeLinks } from '../../../server/src/core/compose/safe-links';
import type { LegalDocument } from '../../../server/src/core/tree';
import { fullInput } from './fixtures/full';
import { clone } from './helpers';

/** Every href anywhere in a tree. */
const hrefs = (value: unknown): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => (k === 'href' && typeof v === 'string' ? [v] : hrefs(v)))
    : [];

describe('hrefs that leave the site', () => {
  it.each(['/\\evil.example/phish', '//evil.example/phish', '/\t/evil.example', '\\\\evil.example', '/%5Cevil.example', ' //evil.example'])(
    'refuses %j',
    (href) => {
      expect(isSafeHref(href)).toBe(false);
    }
  );

  it.each(['/confidentialite', '/cookies#choix', '#purposes', 'https://example.org/a?b=c', 'mailto:dpo@example.org', 'tel:+33473000000', 'page.html'])(
    'accepts %j',
    (href) => {
      expect(isSafeHref(href)).toBe(true);
    }
  );

  it('keeps an unsafe link of the tree as its text, in the JSON as in every output', () => {
    const doc = compose(fullInput('privacy-policy', 'fr'));
    const hostile: LegalDocument = clone(doc);
    hostile.lead.push({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'link', href: '/\\evil.example/phish', children: [{ type: 'text', value: 'politique' }] }] }],
    });
    const safe = withSafeLinks(hostile);
    expect(hrefs(JSON.parse(renderJson(safe)))).not.toContain('/\\evil.example/phish');
    expect(JSON.stringify(safe.lead.at(-1))).toContain('politique');
    expect(hrefs(doc).every(isSafeHref)).toBe(true);
  });
});

describe('one URL rule for the Content Manager and publication', () => {
  const withLink = (privacyPolicy: string) => {
    const input = fullInput('legal-notice', 'fr');
    input.page = { ...(input.page ?? {}), links: { ...(input.page?.links ?? {}), privacyPolicy } };
    return input;
  };
  const withBaseUrl = (baseUrl: string) => {
    const input = fullInput('legal-notice', 'fr');
    input.site = { ...input.site, baseUrl };
    return input;
  };

  it.each(['/\\evil.example/phish', '//evil.example', '/a b', '/a"b', '/politique', '/cookies#choix', 'https://example.org/x', 'https://exa mple.org'])(
    'page link %j: refused by both or accepted by both',
    (value) => {
      expect(pageLinkProblem(value) === null).toBe(validateInput(withLink(value)).valid);
    }
  );

  it.each(['https://data.example.fr/"onmouseover=x', 'https://data.example.fr/<b>', 'https://data.example.fr/a\\b', 'https://data.example.fr/é', 'https://data.example.fr/%zz', 'https://data.example.fr/a?b=c#d', 'https://data.example.fr'])(
    'site URL %j: refused by both or accepted by both',
    (value) => {
      expect(httpUrlProblem(value) === null).toBe(validateInput(withBaseUrl(value)).valid);
    }
  );

  it('says what is wrong with a URL holding a quote', () => {
    expect(httpUrlProblem('https://data.example.fr/"x')).toMatch(/characters a URL allows/);
    expect(pageLinkProblem('/\\evil.example')).toMatch(/leave the site/);
  });
});
