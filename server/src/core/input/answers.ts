/**
 * What the editor's answers and lists establish together, read the same way by the composers and the compliance
 * rules. A list with entries answers its question; an empty list answers nothing unless the editor said "no".
 */
import type { LegalPageInput, Purpose } from './types';

export const cookiesListed = (input: LegalPageInput): boolean => Boolean(input.cookies?.length);

/** The site uses cookies: some are listed, or the editor said so (and may describe them on another page). */
export const cookiesKnown = (input: LegalPageInput): boolean => cookiesListed(input) || input.cookiesUsed === 'yes';

export const declaresNoCookie = (input: LegalPageInput): boolean => !cookiesListed(input) && input.cookiesUsed === 'no';

export const declaresNoTransfer = (input: LegalPageInput): boolean => !input.transfers?.length && input.transfersOutsideEea === 'no';

export const declaresNoRecipient = (input: LegalPageInput): boolean => !input.recipients?.length && input.recipientsOutside === 'no';

export const collectedElsewhere = (purpose: Purpose): boolean => purpose.collectedFrom === 'third-party' || purpose.collectedFrom === 'both';

const TRACKER_WORDS = /\b(cookies?|traceurs?|trackers?|t[ée]moins? de connexion)\b/i;

/** The first purpose whose own words describe cookies or other trackers, which the cookie policy must then list. */
export const purposeDescribingTrackers = (input: LegalPageInput): Purpose | undefined =>
  (input.purposes ?? []).find((p) =>
    [p.title, p.description, ...(p.dataCategories ?? []), p.retention?.criterion, p.retention?.startEvent].some(
      (text) => typeof text === 'string' && TRACKER_WORDS.test(text),
    ),
  );

/** GDPR Art. 8 applies to consent to an online service offered directly to children; other purposes say nothing of it. */
export const childConsentApplies = (purpose: Purpose): boolean => purpose.offeredToChildren === true && purpose.legalBasis === 'consent';
