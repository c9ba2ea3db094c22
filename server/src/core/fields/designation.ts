/**
 * The designation is the noun the text uses for the controller after its first mention; the locale packs add its
 * article themselves ("la Région", "de la Région", "à la Région", "the Region"). A designation typed with its own
 * article would print "la le site Mon site".
 */
const LEADING_ARTICLE = /^(?:(le|la|les|the)(?:\s+|$)|(l)\s*['’]\s*)(.*)$/i;

/** The article a designation was typed with, and the noun after it (empty when there is none), or null. */
export const designationArticle = (text: string): { article: string; noun: string } | null => {
  const match = LEADING_ARTICLE.exec(text.trim());
  return match ? { article: match[1] ?? `${match[2]}'`, noun: match[3].trim() } : null;
};

/** Why a designation cannot be used as it is, or null. */
export const designationProblem = (text: string): string | null => {
  const typed = designationArticle(text);
  if (!typed) return null;
  const { article, noun } = typed;
  return noun
    ? `starts with the article "${article}": give the noun alone ("${noun}"), the pages add "la", "du", "à l'", "the"… themselves`
    : `is only an article ("${article}"): give the noun the pages use for the controller, e.g. "Région"`;
};
