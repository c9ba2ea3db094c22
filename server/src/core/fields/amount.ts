/**
 * An amount of money as an editor types it ("10 000", "10000,50", "1 500 000 €"): the number the core's input holds
 * (`shareCapital.amount`, a number of at least 0), or null when the text is not one. Thousands may be grouped with
 * spaces, as French writes them; a comma or a point marks at most two decimals.
 */
export const parseAmount = (typed: string): number | null => {
  const compact = typed.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(compact) ? Number(compact) : null;
};
