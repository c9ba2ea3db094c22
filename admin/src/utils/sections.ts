import type { CustomSection, PageChoices, SectionSpec } from '../api';

export const customId = (id: string) => `custom-${id}`;

/** The order the server would compose: catalog order, each custom section after its `after`, then the saved order. */
export const initialOrder = (catalog: readonly SectionSpec[], choices: PageChoices): string[] => {
  const planned = catalog.map((s) => s.id);
  const known = new Set(planned);
  for (const custom of choices.customSections ?? []) {
    const at = custom.after ? planned.indexOf(known.has(custom.after) ? custom.after : customId(custom.after)) : -1;
    planned.splice(at >= 0 ? at + 1 : planned.length, 0, customId(custom.id));
    known.add(customId(custom.id));
  }
  const order = (choices.sectionOrder ?? []).map((id) => (planned.includes(id) ? id : customId(id))).filter((id, i, all) => planned.includes(id) && all.indexOf(id) === i);
  if (!order.length) return planned;
  const slots = planned.map((id, i) => (order.includes(id) ? i : -1)).filter((i) => i >= 0);
  const result = [...planned];
  slots.forEach((slot, k) => {
    result[slot] = order[k];
  });
  return result;
};

export const move = <T,>(list: T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};

/** A free-text section's id made from its title: lower-case letters, digits and dashes, unique in `taken`. */
export const slugId = (title: string, taken: string[]) => {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'section';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
};

/** The body of the PUT: the full order, and each custom section placed after its predecessor. */
export const choicesBody = (title: string, order: string[], hidden: string[], customs: CustomSection[], effectiveDelayDays: number | null) => ({
  title: title.trim() ? title.trim() : null,
  sectionOrder: order,
  hiddenSections: hidden,
  customSections: customs.map(({ id, title: t, body }) => {
    const at = order.indexOf(customId(id));
    return at > 0 ? { id, title: t, body, after: order[at - 1] } : { id, title: t, body };
  }),
  effectiveDelayDays,
});
