/** GDPR Art. 12-14 (and 6, 22, 37; loi 78-17 art. 85): what a privacy notice must say. */
import { childConsentApplies, collectedElsewhere } from '../input/answers';
import type { LegalBasis, LegalPageInput, RightKind } from '../input/types';
import { FRENCH_ONLY_RIGHTS, digitalConsentAge, frenchPrivacyLaw } from '../jurisdiction';
import { fr } from '../locales/fr';
import { en } from '../locales/en';
import { finding, type Finding } from './codes';

/** EU member states plus Iceland, Liechtenstein and Norway. */
export const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/** Bases GDPR Art. 6(3) wants laid down by law, named as the finding's sentence needs them. */
const BASES_LAID_DOWN_BY_LAW: Partial<Record<LegalBasis, { fr: string; en: string }>> = {
  'legal-obligation': { fr: 'une obligation légale', en: 'a legal obligation' },
  'public-task': { fr: "une mission d'intérêt public", en: 'a task carried out in the public interest' },
};

/** A right's name in both languages, as a finding's parameter. */
export const rightName = (kind: RightKind) => ({ fr: fr.rights[kind].label.toLowerCase(), en: en.rights[kind].label.toLowerCase() });

export const controllerContactRules = (input: LegalPageInput): Finding[] => {
  const c = input.controller;
  const out: Finding[] = [];
  if (!c.address && !c.email && !c.phone) out.push(finding('gdpr.13.1.a.controller-contact', '/controller'));
  else if (!c.address) out.push(finding('gdpr.13.1.a.controller-address', '/controller/address'));
  const dpo = input.dpo;
  if (dpo?.appointed && !dpo.email && !dpo.address && !dpo.phone && !dpo.webFormUrl) out.push(finding('gdpr.13.1.b.dpo-contact', '/dpo'));
  return out;
};

export const purposeRules = (input: LegalPageInput, full: boolean): Finding[] => {
  const out: Finding[] = [];
  const purposes = input.purposes ?? [];
  if (!purposes.length) out.push(finding('gdpr.13.1.c.purposes', '/purposes'));
  purposes.forEach((p, i) => {
    const at = `/purposes/${i}`;
    const title = p.title;
    if (!p.legalBasis) out.push(finding('gdpr.13.1.c.legal-basis', `${at}/legalBasis`, { title }));
    if (!full) return;
    if (p.legalBasis === 'legitimate-interests') {
      if (!p.legitimateInterest?.trim()) out.push(finding('gdpr.13.1.d.legitimate-interest', `${at}/legitimateInterest`, { title }));
      if (input.controller.kind === 'public-body') out.push(finding('gdpr.6.1.f.public-authority', `${at}/legalBasis`, { title }));
    }
    const lawBased = p.legalBasis && BASES_LAID_DOWN_BY_LAW[p.legalBasis];
    if (lawBased && !p.legalBasisReference) {
      // For a private body the public-task warning asks for the same citation: one finding is enough.
      if (p.legalBasis === 'public-task' && input.controller.kind !== 'public-body') out.push(finding('gdpr.6.1.e.private-body', `${at}/legalBasis`, { title }));
      else out.push(finding('gdpr.6.3.legal-basis-reference', `${at}/legalBasisReference`, { title, basis: lawBased }));
    }
    const retentions = [p.retention, ...(p.retentionRules ?? [])];
    if (!retentions.some((r) => r?.duration || r?.criterion?.trim())) out.push(finding('gdpr.13.2.a.retention', `${at}/retention`, { title }));
    (p.retentionRules ?? []).forEach((r, j) => {
      if (!r.appliesTo?.trim()) out.push(finding('gdpr.13.2.a.retention-rule-scope', `${at}/retentionRules/${j}/appliesTo`, { title }));
    });
    if (childConsentApplies(p)) {
      if (!input.minors?.parentalConsent?.trim()) out.push(finding('gdpr.8.parental-consent', '/minors/parentalConsent', { title }));
      if (digitalConsentAge(input) === undefined) out.push(finding('gdpr.8.digital-consent-age', '/minors/digitalConsentAge', { title }));
    }
    if (!p.requirement) out.push(finding('gdpr.13.2.e.requirement', `${at}/requirement`, { title }));
    if (p.automatedDecision?.exists && (!p.automatedDecision.logic?.trim() || !p.automatedDecision.consequences?.trim())) {
      out.push(finding('gdpr.13.2.f.automated-decision', `${at}/automatedDecision`, { title }));
    }
    const indirect = collectedElsewhere(p);
    if (indirect && !p.dataCategories?.length) out.push(finding('gdpr.14.1.d.categories', `${at}/dataCategories`, { title }));
    else if (!p.dataCategories?.length) out.push(finding('good-practice.data-categories', `${at}/dataCategories`, { title }));
    if (indirect && !p.dataSources?.length) out.push(finding('gdpr.14.2.f.source', `${at}/dataSources`, { title }));
  });
  return out;
};

export const rightsRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  const present = new Set((input.rights ?? []).map((r) => r.kind));
  const bases = new Set((input.purposes ?? []).map((p) => p.legalBasis));
  const required: RightKind[] = ['access', 'rectification', 'erasure', 'restriction'];
  if (bases.has('consent') || bases.has('contract')) required.push('portability');
  if (bases.has('public-task') || bases.has('legitimate-interests')) required.push('objection');
  for (const kind of required) if (!present.has(kind)) out.push(finding('gdpr.13.2.b.rights', '/rights', { right: rightName(kind) }));
  if (bases.has('consent') && !present.has('withdraw-consent')) out.push(finding('gdpr.13.2.c.withdraw-consent', '/rights'));
  if (!present.has('complaint')) out.push(finding('gdpr.13.2.d.complaint', '/rights'));
  if ((input.purposes ?? []).some((p) => p.automatedDecision?.exists) && !present.has('no-automated-decision')) {
    out.push(finding('gdpr.22.right', '/rights'));
  }
  if (frenchPrivacyLaw(input) && !present.has('post-mortem')) out.push(finding('fr.78-17.85.post-mortem', '/rights'));
  const dedicated = (input.rightsExercise?.channels?.length ?? 0) > 0 || (input.rights ?? []).some((r) => r.channels?.length);
  if (!dedicated) out.push(finding('gdpr.13.2.b.exercise-channel', '/rightsExercise/channels'));
  return out;
};

/** Outside France the editor names the authority, and French-only rights are left off the page. */
export const jurisdictionRules = (input: LegalPageInput): Finding[] => {
  if (frenchPrivacyLaw(input)) return [];
  const out: Finding[] = [];
  if (!input.supervisoryAuthority) out.push(finding('gdpr.13.2.d.supervisory-authority', '/supervisoryAuthority'));
  (input.rights ?? []).forEach((r, i) => {
    if (FRENCH_ONLY_RIGHTS.has(r.kind)) out.push(finding('fr.78-17.85.outside-france', `/rights/${i}`));
  });
  return out;
};

export const recipientAndTransferRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  const recipients = input.recipients ?? [];
  const transfers = input.transfers ?? [];
  if (!recipients.length && input.recipientsOutside !== 'no') out.push(finding('gdpr.13.1.e.recipients', '/recipients'));
  recipients.forEach((r, i) => {
    if (r.country && !EEA.has(r.country) && !transfers.some((t) => t.recipient === r.id || (!t.recipient && t.country === r.country))) {
      out.push(finding('gdpr.13.1.f.undeclared-transfer', `/recipients/${i}/country`, { name: r.name, country: r.country }));
    }
  });
  transfers.forEach((t, i) => {
    if (!t.safeguard) out.push(finding('gdpr.13.1.f.transfer-safeguard', `/transfers/${i}/safeguard`, { country: t.countryName ?? t.country }));
    else if ((t.safeguard === 'scc' || t.safeguard === 'bcr') && !t.copyUrl) {
      out.push(finding('gdpr.13.1.f.transfer-copy', `/transfers/${i}/copyUrl`, { country: t.countryName ?? t.country }));
    }
  });
  return out;
};

// An unanswered DPO question is its own finding (gdpr.13.1.b.dpo-unanswered).
export const dpoRequiredRule = (input: LegalPageInput): Finding[] =>
  input.controller.kind === 'public-body' && input.dpo?.appointed === false ? [finding('gdpr.37.1.a.dpo-required', '/dpo/appointed')] : [];

export const privacyPolicyRules = (input: LegalPageInput): Finding[] => [
  ...controllerContactRules(input),
  ...dpoRequiredRule(input),
  ...purposeRules(input, true),
  ...recipientAndTransferRules(input),
  ...rightsRules(input),
  ...jurisdictionRules(input),
  ...(input.effectiveDate ? [] : [finding('gdpr.12.effective-date', '/effectiveDate')]),
];

export const privacySummaryRules = (input: LegalPageInput): Finding[] => [
  ...controllerContactRules(input),
  ...purposeRules(input, false),
  ...((input.rights ?? []).some((r) => r.kind === 'complaint') ? [] : [finding('gdpr.13.2.d.complaint', '/rights')]),
  ...(input.page?.links?.privacyPolicy ? [] : [finding('gdpr.12.full-notice-link', '/page/links/privacyPolicy')]),
  ...jurisdictionRules(input),
];
