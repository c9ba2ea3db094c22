import { choicesBody, customId, initialOrder, move, slugId } from '../../../admin/src/utils/sections';

/** The composer's section helpers: the order the server would compose, moves, free-text ids, the saved body. */
const catalog = [
  { id: 'controller', optional: false },
  { id: 'purposes', optional: false },
  { id: 'security', optional: true },
];
const none = { title: null, sectionOrder: null, hiddenSections: null, customSections: null, effectiveDelayDays: null };
const custom = (id: string, after?: string) => ({ id, title: id, body: `${id} body`, ...(after ? { after } : {}) });

describe('initialOrder', () => {
  it('is the catalog order when nothing was chosen', () => {
    expect(initialOrder(catalog, none)).toEqual(['controller', 'purposes', 'security']);
  });

  it('places each free-text section after its `after`, else at the end', () => {
    const choices = { ...none, customSections: [custom('a', 'controller'), custom('b'), custom('c', 'a')] };
    expect(initialOrder(catalog, choices)).toEqual(['controller', 'custom-a', 'custom-c', 'purposes', 'security', 'custom-b']);
  });

  it('applies a saved order to the sections it names, keeping the others in their slots', () => {
    const choices = { ...none, customSections: [custom('a')], sectionOrder: ['security', 'a', 'controller'] };
    expect(initialOrder(catalog, choices)).toEqual(['security', 'purposes', 'custom-a', 'controller']);
  });

  it('ignores unknown and repeated ids in a saved order', () => {
    expect(initialOrder(catalog, { ...none, sectionOrder: ['purposes', 'nope', 'purposes', 'controller'] })).toEqual(['purposes', 'controller', 'security']);
  });
});

describe('move', () => {
  it('moves one item and leaves the list alone when the move goes nowhere', () => {
    const list = ['a', 'b', 'c'];
    expect(move(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(move(list, 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(list, 0, -1)).toBe(list);
    expect(move(list, 1, 3)).toBe(list);
    expect(move(list, 1, 1)).toBe(list);
  });
});

describe('slugId', () => {
  it('makes a lower-case id from the title, without accents, unique among those taken', () => {
    expect(slugId('Accessibilité numérique !', [])).toBe('accessibilite-numerique');
    expect(slugId('Accessibilité numérique', ['accessibilite-numerique', 'accessibilite-numerique-2'])).toBe('accessibilite-numerique-3');
    expect(slugId('¿?', [])).toBe('section');
    expect(slugId('x'.repeat(60), []).length).toBe(40);
    expect(customId('faq')).toBe('custom-faq');
  });
});

describe('choicesBody', () => {
  it('sends the full order, each free-text section after its predecessor, and no empty title', () => {
    const body = choicesBody('  ', ['custom-a', 'controller', 'custom-b'], ['security'], [custom('a'), custom('b')], 15);
    expect(body).toEqual({
      title: null,
      sectionOrder: ['custom-a', 'controller', 'custom-b'],
      hiddenSections: ['security'],
      customSections: [
        { id: 'a', title: 'a', body: 'a body' },
        { id: 'b', title: 'b', body: 'b body', after: 'controller' },
      ],
      effectiveDelayDays: 15,
    });
    expect(choicesBody(' Politique ', [], [], [], 0).title).toBe('Politique');
  });
});
