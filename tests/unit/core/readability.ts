/**
 * Reading-ease scores for the unit tests, without a dependency: Flesch reading ease for English and its French
 * adaptation by Kandel and Moles (207 − 1.015 × words per sentence − 73.6 × syllables per word). Syllables are
 * counted as vowel groups, with the usual silent endings; URLs and email addresses are not prose and are left out.
 * Higher is easier: 60–70 is plain language, 30 and below is academic or legal prose.
 */
import { norm } from './helpers';

type Language = 'fr' | 'en';

const VOWELS: Record<Language, RegExp> = {
  en: /[aeiouy]+/g,
  fr: /[aeiouyàâäéèêëîïôöùûüœæ]+/g,
};

export const syllables = (word: string, language: Language): number => {
  let w = word.toLowerCase().replace(/[^a-zàâäéèêëîïôöùûüœæç]/g, '');
  if (!w) return /\d/.test(word) ? 1 : 0;
  if (language === 'en') {
    if (w.length <= 3) return 1;
    w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.charAt(0)).replace(/^y/, '');
  } else {
    // A final mute e (or es, ent of a verb) is no syllable of its own in French, unless the word has no other vowel.
    const stripped = w.replace(/(?:e|es|ent)$/, '');
    if ((stripped.match(VOWELS.fr) ?? []).length > 0) w = stripped;
  }
  return Math.max(1, (w.match(VOWELS[language]) ?? []).length);
};

/** Sentences of a text: ended by . ! ? (abbreviations aside), a line break or a list item. */
export const sentences = (text: string): string[] =>
  norm(text)
    .replace(/[a-z]+:\/\/[^\s)]*[^\s).,;:]|[^\s(]+@[^\s)]*[^\s).,;:]/gi, ' ')
    .replace(/\b(No|n°|L|R|art|Art|Inc|e\.g|i\.e)\./g, '$1')
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((s) => s.replace(/^\s*[-*]\s+/, '').trim())
    .filter((s) => /\p{L}/u.test(s));

export const words = (sentence: string): string[] => sentence.split(/[\s'’/()«»“”,;:]+/).filter((w) => /[\p{L}\d]/u.test(w));

export interface Readability {
  score: number;
  sentences: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
}

/** Flesch reading ease (en) or Kandel–Moles (fr), rounded to one decimal. */
export const readingEase = (text: string, language: Language): Readability => {
  const list = sentences(text);
  const all = list.flatMap(words);
  const syl = all.reduce((n, w) => n + syllables(w, language), 0);
  const wps = all.length / Math.max(1, list.length);
  const spw = syl / Math.max(1, all.length);
  const score = language === 'en' ? 206.835 - 1.015 * wps - 84.6 * spw : 207 - 1.015 * wps - 73.6 * spw;
  return { score: Math.round(score * 10) / 10, sentences: list.length, wordsPerSentence: Math.round(wps * 10) / 10, syllablesPerWord: Math.round(spw * 100) / 100 };
};
