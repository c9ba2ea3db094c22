import { checkCompliance } from '../../../server/src/core';
import { fullInput } from './fixtures/full';

const placeholderIn = (editorialManagement: string) =>
  checkCompliance({ ...fullInput('legal-notice'), editorialManagement }).filter((f) => f.code === 'consistency.placeholder');

describe('template leftovers', () => {
  it.each(['Le service [à compléter] gère le site.', 'Gestion éditoriale : À COMPLÉTER', 'Contact : xxx', 'Voir {{lien}}.'])('flags %j', (text) => {
    expect(placeholderIn(text)).toHaveLength(1);
  });

  it('leaves "à compléter" alone when it is part of a sentence', () => {
    expect(placeholderIn('Indiquez les données à corriger ou à compléter.')).toEqual([]);
  });
});
