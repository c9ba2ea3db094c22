import { fields, validateInput } from '../../../server/src/core';

const { designationProblem } = fields;
import { fullInput } from './fixtures/full';

describe('a designation typed with its own article', () => {
  it('is refused with the noun to give instead', () => {
    expect(designationProblem('le site Mon site')).toBe(
      'starts with the article "le": give the noun alone ("site Mon site"), the pages add "la", "du", "à l\'", "the"… themselves'
    );
    expect(designationProblem('La Métropole')).toMatch(/^starts with the article "La": give the noun alone \("Métropole"\)/);
    expect(designationProblem('l’Agglomération')).toMatch(/^starts with the article "l'": give the noun alone \("Agglomération"\)/);
    expect(designationProblem('the Region')).toMatch(/"Region"/);
    expect(designationProblem('la')).toMatch(/^is only an article/);
  });

  it('leaves nouns alone, including those that begin like an article', () => {
    for (const text of ['Région', 'Métropole', 'Lannion-Trégor Communauté', 'Laval Agglo', 'Théâtre', 'Lesneven', 'Le-Mans Métropole']) {
      expect(designationProblem(text)).toBeNull();
    }
  });

  it('makes the core input invalid at the designation', () => {
    const input = fullInput();
    input.site.designation = { text: 'la Région', gender: 'f' };
    const result = validateInput(input);
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ path: '/site/designation/text', message: expect.stringMatching(/^starts with the article "la"/) })]);
  });
});
