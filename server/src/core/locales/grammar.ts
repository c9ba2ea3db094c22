/** Small language-neutral helpers shared by locale packs. */

/** Whether a word starts with a vowel sound for elision purposes (h is treated as aspirated: set `elision` to override). */
export const startsWithVowel = (word: string): boolean => /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(word.trim());

export const joinList = (items: string[], and: string): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/** Parses YYYY-MM-DD into numbers without time zones. */
export const dateParts = (iso: string): { year: number; month: number; day: number } => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};

