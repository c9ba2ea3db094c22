import { parseFormat } from '../../../server/src/public/params';
import { cutSlug, SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../../server/src/core/fields/slug';
import { slugFrom } from '../../../server/src/validation/middleware';
import { bodyProblems, MAX_BODY_DEPTH, nulProblems } from '../../../server/src/validation/body-guard';

describe('format parameter', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('refuses %j, a key every object has but no format', (format) => {
    expect(() => parseFormat(format)).toThrow(/is not one of json, html, markdown, text/);
  });

  it.each(['json', 'html', 'markdown', 'text'])('accepts %j', (format) => {
    expect(parseFormat(format)).toBe(format);
  });
});

describe('slugs of long names', () => {
  it('cuts at a word boundary within the limit, and the result is a valid slug', () => {
    const name = `Plateforme ${'territoriale '.repeat(20)}de données ouvertes`;
    const slug = slugFrom(name);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(new RegExp(SLUG_PATTERN));
    expect(slug.endsWith('territoriale')).toBe(true);
  });

  it('cuts inside a single word longer than the limit', () => {
    expect(cutSlug('a'.repeat(300))).toBe('a'.repeat(SLUG_MAX_LENGTH));
  });

  it('leaves a short slug alone', () => {
    expect(cutSlug('open-data-nimes')).toBe('open-data-nimes');
  });
});

describe('request bodies', () => {
  const nested = (depth: number) => {
    let body: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < depth; i += 1) body = { a: body };
    return body;
  };

  it('refuses a body nested thousands of levels deep, without overflowing the stack', () => {
    const problems = bodyProblems(nested(100000));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(new RegExp(`more than ${MAX_BODY_DEPTH} levels`));
  });

  it('accepts the depth of a real body', () => {
    expect(bodyProblems(nested(8))).toEqual([]);
  });

  it('names the field holding a NUL character', () => {
    expect(bodyProblems({ name: 'Site\u0000', texts: { fr: { designation: 'ok' } } })).toEqual([{ path: ['name'], message: 'name must not contain NUL characters (U+0000)' }]);
    expect(nulProblems({ customSections: [{ title: 'a\u0000b' }] })[0].path).toEqual(['customSections', '0', 'title']);
  });
});
