/**
 * Which national law a page applies. The GDPR is the same everywhere, but the supervisory authority and the
 * national texts (loi 78-17 and its post-mortem directives, the LCEN) follow where the organisation is established:
 * the CNIL and French law are defaults for an organisation in France only.
 */
import type { LegalPageInput, Organisation, Right, RightKind, SupervisoryAuthority } from './input/types';
import type { LocalePack } from './locales/types';

/** Rights that exist only in French law (loi 78-17 art. 85). */
export const FRENCH_ONLY_RIGHTS: ReadonlySet<RightKind> = new Set<RightKind>(['post-mortem']);

/** An address without a country is a French one: the address format leaves FR out, and so do French editors. */
export const establishedInFrance = (org: Organisation): boolean => (org.address?.country ?? 'FR') === 'FR';

/** The privacy pages follow the controller's establishment. */
export const frenchPrivacyLaw = (input: LegalPageInput): boolean => establishedInFrance(input.controller);

/** The legal notice follows the publisher's (LCEN), who is the controller unless named. */
export const frenchPublisherLaw = (input: LegalPageInput): boolean => establishedInFrance(input.publisher ?? input.controller);

/** The authority the editor named; else the CNIL for a controller in France; else none, which the checklist flags. */
export const supervisoryAuthorityOf = (input: LegalPageInput, pack: LocalePack): SupervisoryAuthority | undefined =>
  input.supervisoryAuthority ?? (frenchPrivacyLaw(input) ? pack.defaultAuthority : undefined);

/** Loi 78-17 art. 45: below 15, a child's consent to an online service needs a parent's too. */
export const FRENCH_DIGITAL_CONSENT_AGE = 15;

/** The editor's answer; else 15 for a controller in France; else none (GDPR Art. 8 lets each state choose 13 to 16). */
export const digitalConsentAge = (input: LegalPageInput): number | undefined =>
  input.minors?.digitalConsentAge ?? (frenchPrivacyLaw(input) ? FRENCH_DIGITAL_CONSENT_AGE : undefined);

/** The rights the page prints: a French-only right is left out for a controller established elsewhere. */
export const applicableRights = (input: LegalPageInput): Right[] =>
  (input.rights ?? []).filter((r) => frenchPrivacyLaw(input) || !FRENCH_ONLY_RIGHTS.has(r.kind));
