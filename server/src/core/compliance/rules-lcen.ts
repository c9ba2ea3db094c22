/** LCEN (loi 2004-575) art. 6: what a French legal notice must say; and the cookie policy's checks. */
import type { LegalPageInput } from '../input/types';
import { finding, type Finding } from './codes';

export const legalNoticeRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  const publisher = input.publisher ?? input.controller;
  const at = input.publisher ? '/publisher' : '/controller';
  if (!publisher.address) out.push(finding('lcen.6.publisher-address', `${at}/address`));
  if (!publisher.phone) out.push(finding('lcen.6.publisher-phone', `${at}/phone`));
  if (!publisher.email) out.push(finding('lcen.6.publisher-email', `${at}/email`));
  const reg = publisher.registration ?? {};
  if (publisher.kind === 'company') {
    if (!reg.rcs && !reg.rm && !reg.siren && !reg.siret) out.push(finding('lcen.6.publisher-registration', `${at}/registration`));
    if (!publisher.shareCapital) out.push(finding('lcen.6.share-capital', `${at}/shareCapital`));
  }
  if (publisher.kind === 'public-body' && !reg.siret) out.push(finding('lcen.6.publisher-siret', `${at}/registration/siret`));
  if (!input.directorOfPublication?.name.trim()) out.push(finding('lcen.6.director', '/directorOfPublication'));
  if (!input.host) out.push(finding('lcen.6.host', '/host'));
  else {
    if (!input.host.address) out.push(finding('lcen.6.host-address', '/host/address'));
    if (!input.host.phone) out.push(finding('lcen.6.host-phone', '/host/phone'));
  }
  if (!input.page?.links?.privacyPolicy) out.push(finding('lcen.personal-data-link', '/page/links/privacyPolicy'));
  return out;
};

const THIRTEEN_MONTHS_IN_DAYS = 396;
const DAYS = { days: 1, weeks: 7, months: 30.44, years: 365.25 } as const;

export const cookieRules = (input: LegalPageInput): Finding[] => {
  const out: Finding[] = [];
  const cookies = input.cookies ?? [];
  cookies.forEach((c, i) => {
    if (!c.duration && !c.session) out.push(finding('cookies.lifetime-missing', `/cookies/${i}/duration`, { name: c.name }));
    if (c.duration && c.consentRequired && c.duration.value * DAYS[c.duration.unit] > THIRTEEN_MONTHS_IN_DAYS) {
      out.push(finding('cookies.lifetime', `/cookies/${i}/duration`, { name: c.name }));
    }
  });
  if (cookies.some((c) => c.consentRequired) && !input.page?.links?.consentManager) {
    out.push(finding('cookies.consent-manager', '/page/links/consentManager'));
  }
  return out;
};
