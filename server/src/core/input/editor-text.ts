/** Every free-text field an editor writes, with its JSON Pointer: scanned by compliance, fuzzed by the XSS tests. */
import type { Address, Channel, LegalPageInput, Organisation } from './types';

export interface EditorTextField {
  path: string;
  text: string;
  markdown: boolean;
}

type Emit = (path: string, text: string | undefined, markdown?: boolean) => void;

const address = (emit: Emit, path: string, a: Address | undefined) => {
  if (!a) return;
  emit(`${path}/street`, a.street);
  emit(`${path}/complement`, a.complement);
  emit(`${path}/postalCode`, a.postalCode);
  emit(`${path}/city`, a.city);
};

const organisation = (emit: Emit, path: string, o: Organisation | undefined) => {
  if (!o) return;
  emit(`${path}/legalName`, o.legalName);
  emit(`${path}/legalForm`, o.legalForm);
  address(emit, `${path}/address`, o.address);
  for (const key of ['siret', 'siren', 'rcs', 'rm', 'vat', 'rna'] as const) emit(`${path}/registration/${key}`, o.registration?.[key]);
  emit(`${path}/representative/name`, o.representative?.name);
  emit(`${path}/representative/title`, o.representative?.title);
};

const channels = (emit: Emit, path: string, list: Channel[] | undefined) =>
  list?.forEach((c, i) => {
    emit(`${path}/${i}/addressee`, c.addressee);
    address(emit, `${path}/${i}/address`, c.address);
  });

export const editorTextFields = (input: LegalPageInput): EditorTextField[] => {
  const fields: EditorTextField[] = [];
  const emit: Emit = (path, text, markdown = false) => {
    if (typeof text === 'string' && text !== '') fields.push({ path, text, markdown });
  };

  emit('/site/name', input.site.name);
  emit('/site/designation/text', input.site.designation?.text);
  organisation(emit, '/controller', input.controller);
  organisation(emit, '/publisher', input.publisher);
  organisation(emit, '/host', input.host);
  emit('/directorOfPublication/name', input.directorOfPublication?.name);
  emit('/directorOfPublication/title', input.directorOfPublication?.title);
  if (input.dpo) {
    emit('/dpo/name', input.dpo.name);
    emit('/dpo/function', input.dpo.function);
    emit('/dpo/organisation', input.dpo.organisation);
    address(emit, '/dpo/address', input.dpo.address);
  }
  for (const key of ['introduction', 'editorialManagement', 'intellectualProperty', 'personalDataNote', 'security', 'cookieManagement'] as const) {
    emit(`/${key}`, input[key], true);
  }
  emit('/dataLicence/name', input.dataLicence?.name);
  emit('/dataLicence/text', input.dataLicence?.text, true);
  emit('/contactPoint/role', input.contactPoint?.role);
  address(emit, '/contactPoint/address', input.contactPoint?.address);
  emit('/documentsOfficer/name', input.documentsOfficer?.name);
  emit('/documentsOfficer/title', input.documentsOfficer?.title);
  address(emit, '/documentsOfficer/address', input.documentsOfficer?.address);
  emit('/applicableLaw/law', input.applicableLaw?.law);
  emit('/applicableLaw/courts', input.applicableLaw?.courts);
  emit('/minors/parentalConsent', input.minors?.parentalConsent, true);

  input.purposes?.forEach((p, i) => {
    const at = `/purposes/${i}`;
    emit(`${at}/title`, p.title);
    emit(`${at}/description`, p.description, true);
    emit(`${at}/legalBasisReference/citation`, p.legalBasisReference?.citation);
    emit(`${at}/legitimateInterest`, p.legitimateInterest);
    p.dataSubjects?.forEach((c, j) => emit(`${at}/dataSubjects/${j}`, c));
    p.dataCategories?.forEach((c, j) => emit(`${at}/dataCategories/${j}`, c));
    p.dataSources?.forEach((c, j) => emit(`${at}/dataSources/${j}`, c));
    emit(`${at}/retention/criterion`, p.retention?.criterion);
    emit(`${at}/retention/startEvent`, p.retention?.startEvent);
    emit(`${at}/retention/legalReference`, p.retention?.legalReference);
    emit(`${at}/requirement/consequence`, p.requirement?.consequence);
    emit(`${at}/automatedDecision/logic`, p.automatedDecision?.logic);
    emit(`${at}/automatedDecision/consequences`, p.automatedDecision?.consequences);
    p.retentionRules?.forEach((r, j) => {
      for (const key of ['appliesTo', 'criterion', 'startEvent', 'legalReference'] as const) emit(`${at}/retentionRules/${j}/${key}`, r[key]);
    });
  });
  input.recipients?.forEach((r, i) => {
    emit(`/recipients/${i}/name`, r.name);
    emit(`/recipients/${i}/description`, r.description);
  });
  input.transfers?.forEach((t, i) => {
    emit(`/transfers/${i}/countryName`, t.countryName);
    emit(`/transfers/${i}/safeguardDetails`, t.safeguardDetails);
  });
  input.rights?.forEach((r, i) => {
    emit(`/rights/${i}/reference`, r.reference);
    emit(`/rights/${i}/howToExercise`, r.howToExercise, true);
    emit(`/rights/${i}/conditions`, r.conditions, true);
    channels(emit, `/rights/${i}/channels`, r.channels);
  });
  channels(emit, '/rightsExercise/channels', input.rightsExercise?.channels);
  emit('/rightsExercise/identityProof', input.rightsExercise?.identityProof, true);
  input.cookies?.forEach((c, i) => {
    emit(`/cookies/${i}/name`, c.name);
    emit(`/cookies/${i}/provider`, c.provider);
    emit(`/cookies/${i}/purpose`, c.purpose);
  });
  if (input.supervisoryAuthority) {
    emit('/supervisoryAuthority/name', input.supervisoryAuthority.name);
    address(emit, '/supervisoryAuthority/address', input.supervisoryAuthority.address);
  }
  const a11y = input.accessibility;
  if (a11y) {
    const audit = a11y.audit;
    emit('/accessibility/audit/auditor', audit?.auditor);
    audit?.pages?.forEach((p, i) => emit(`/accessibility/audit/pages/${i}/title`, p.title));
    audit?.technologies?.forEach((t, i) => emit(`/accessibility/audit/technologies/${i}`, t));
    audit?.environment?.forEach((e, i) => {
      emit(`/accessibility/audit/environment/${i}/browser`, e.browser);
      emit(`/accessibility/audit/environment/${i}/assistiveTechnology`, e.assistiveTechnology);
    });
    audit?.tools?.forEach((t, i) => emit(`/accessibility/audit/tools/${i}`, t));
    a11y.nonConformities?.forEach((n, i) => emit(`/accessibility/nonConformities/${i}/description`, n.description));
    a11y.derogations?.forEach((d, i) => {
      for (const key of ['description', 'justification', 'alternative'] as const) emit(`/accessibility/derogations/${i}/${key}`, d[key]);
    });
    a11y.exemptions?.forEach((e, i) => {
      emit(`/accessibility/exemptions/${i}/description`, e.description);
      emit(`/accessibility/exemptions/${i}/reason`, e.reason);
    });
    address(emit, '/accessibility/feedback/address', a11y.feedback?.address);
  }
  emit('/page/title', input.page?.title);
  input.page?.customSections?.forEach((c, i) => {
    emit(`/page/customSections/${i}/title`, c.title);
    emit(`/page/customSections/${i}/body`, c.body, true);
  });
  return fields;
};
