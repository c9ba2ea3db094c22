/**
 * The questions behind the pages' statements of fact: each unanswered one is a finding (the page then says nothing),
 * and an answer the facts contradict is an error. Which sentence each answer backs: see the composers.
 */
import { cookiesKnown, purposeDescribingTrackers } from '../input/answers';
import type { LegalPageInput } from '../input/types';
import { finding, type Finding } from './codes';

const QUESTIONS = {
  recipientsOutside: {
    fr: "des données sont-elles communiquées en dehors de l'organisme ?",
    en: 'is any data disclosed outside the organisation?',
  },
  transfersOutsideEea: {
    fr: "des données sont-elles transférées hors de l'Espace économique européen ?",
    en: 'is any data transferred outside the European Economic Area?',
  },
  cookiesUsed: { fr: 'le site dépose-t-il des cookies ou autres traceurs ?', en: 'does the website store cookies or other trackers?' },
  automatedDecisions: {
    fr: 'des décisions entièrement automatisées sont-elles prises ?',
    en: 'is any decision based solely on automated processing?',
  },
} as const;

const contradicted = (question: keyof typeof QUESTIONS, path: string, entry: string) =>
  finding('consistency.answer-contradicted', path, { question: QUESTIONS[question], entry });

/** A "no" that an entry of the matching list contradicts. */
export const contradictionRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  if (input.recipientsOutside === 'no') {
    input.recipients?.forEach((r, i) => {
      if (r.kind !== 'internal') out.push(contradicted('recipientsOutside', `/recipients/${i}`, r.name));
    });
  }
  if (input.transfersOutsideEea === 'no') {
    input.transfers?.forEach((t, i) => out.push(contradicted('transfersOutsideEea', `/transfers/${i}`, t.countryName ?? t.country)));
  }
  if (input.cookiesUsed === 'no') input.cookies?.forEach((c, i) => out.push(contradicted('cookiesUsed', `/cookies/${i}`, c.name)));
  if (input.automatedDecisions === 'no') {
    input.purposes?.forEach((p, i) => {
      if (p.automatedDecision?.exists) out.push(contradicted('automatedDecisions', `/purposes/${i}/automatedDecision`, p.title));
    });
  }
  return out;
};

/** The full notice's questions: DPO, collection source, recipients' contracts, automated decisions, security, notice. */
export const privacyPolicyAnswerRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  const purposes = input.purposes ?? [];
  if (!input.dpo) out.push(finding('gdpr.13.1.b.dpo-unanswered', '/dpo'));
  purposes.forEach((p, i) => {
    if (!p.collectedFrom) out.push(finding('gdpr.14.collection-source', `/purposes/${i}/collectedFrom`, { title: p.title }));
  });
  if (!input.transfers?.length && input.transfersOutsideEea !== 'no') out.push(finding('gdpr.13.1.f.transfers-unanswered', '/transfersOutsideEea'));
  if (input.recipients?.some((r) => r.kind === 'processor')) {
    if (!input.processorContracts) out.push(finding('gdpr.28.processor-contract', '/processorContracts'));
    if (input.processorContracts === 'no') out.push(finding('gdpr.28.3.no-processor-contract', '/processorContracts'));
  }
  const decided = purposes.some((p) => p.automatedDecision?.exists);
  const answered = input.automatedDecisions === 'no' || purposes.some((p) => p.automatedDecision !== undefined);
  if (!answered || (input.automatedDecisions === 'yes' && !decided)) out.push(finding('gdpr.13.2.f.automated-decisions', '/automatedDecisions'));
  if (!input.securityMeasures) out.push(finding('gdpr.32.security', '/securityMeasures'));
  if (input.securityMeasures === 'no') out.push(finding('gdpr.32.security-measures', '/securityMeasures'));
  if (!input.page?.noticeDays) out.push(finding('gdpr.12.change-notice', '/page/noticeDays'));
  return out;
};

/**
 * The pages of one site must not contradict each other: purposes that describe trackers need cookies declared. The
 * cookie policy itself cannot be written without the answer.
 */
export const cookieAnswerRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  const describing = purposeDescribingTrackers(input);
  if (describing && !cookiesKnown(input)) out.push(finding('consistency.cookies-undeclared', '/cookies', { title: describing.title }));
  if (input.kind === 'cookie-policy' && !input.cookies?.length && input.cookiesUsed !== 'no') out.push(finding('cookies.unanswered', '/cookies'));
  return out;
};

const DPO_WORDS = /d[ée]l[ée]gu[ée]e? à la protection des donn[ée]es|\bDPO\b|data protection officer/i;

/** Where to send a request must not name a DPO the page says was not appointed. */
export const dpoMentionRules = (input: LegalPageInput): Finding[] => {
  if (input.dpo?.appointed !== false) return [];
  const texts: Array<[string, string | undefined]> = [
    ...(input.rights ?? []).flatMap((r, i): Array<[string, string | undefined]> => [
      [`/rights/${i}/howToExercise`, r.howToExercise],
      [`/rights/${i}/conditions`, r.conditions],
      ...(r.channels ?? []).map((c, j): [string, string | undefined] => [`/rights/${i}/channels/${j}/addressee`, c.addressee]),
    ]),
    ...(input.rightsExercise?.channels ?? []).map((c, j): [string, string | undefined] => [`/rightsExercise/channels/${j}/addressee`, c.addressee]),
    ['/rightsExercise/identityProof', input.rightsExercise?.identityProof],
  ];
  return texts.flatMap(([path, text]) => {
    const match = text ? DPO_WORDS.exec(text) : null;
    if (!text || !match) return [];
    const excerpt = text.slice(Math.max(0, match.index - 40), match.index + match[0].length).trim();
    return [finding('consistency.dpo-not-appointed', path, { excerpt })];
  });
};
