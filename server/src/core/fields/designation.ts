/**
 * The designation is the noun the text uses for the controller after its first mention; the locale packs add its
 * article themselves ("la Région", "de la Région", "à la Région", "the Region"). A designation typed with its own
 * article would print "la le site Mon site".
 */
const LEADING_ARTICLE = /^(?:(le|la|les|the)(?:\s+|$)|(l)\s*['’]\s*)(.*)$/i;

/** Why a designation cannot be used as it is, or null. */
export const designationProblem = (text: string): string | null => {
  const match = LEADING_ARTICLE.exec(text.trim());
  if (!match) return null;
  const article = match[1] ?? `${match[2]}'`;
  const noun = match[3].trim();
  return noun
    ? `starts with the article "${article}": give the noun alone ("${noun}"), the pages add "la", "du", "à l'", "the"… themselves`
    : `is only an article ("${article}"): give the noun the pages use for the controller, e.g. "Région"`;
};
