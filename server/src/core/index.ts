/**
 * strapi-plugin-legal-pages/core — compose GDPR privacy notices, cookie policies and French legal notices from
 * structured data, without Strapi. validateInput → compose → render*; checkCompliance before publishing.
 */
export * from './input/types';
export { inputSchema } from './input/schema';
export { validateInput, assertValidInput, InvalidInputError, inputRuleAt, inputRuleProblem } from './input/validate';
export type { InputProblem, ValidationResult } from './input/validate';

export { compose, planSections } from './compose';
export { SECTION_CATALOG, DEFAULT_NUMBERING } from './compose/catalog';
export type { SectionSpec } from './compose/catalog';
export { editorTextFields } from './input/editor-text';
export type { EditorTextField } from './input/editor-text';

export type { LegalDocument, Section, Block, Inline, RefNode, TermNode, GrammaticalForm } from './tree';

export { render, renderAll, renderHtml, renderMarkdown, renderText, renderJson, OUTPUT_FORMATS } from './render';
export type { HtmlOptions, OutputFormat } from './render';
export { isSafeHref } from './safe-url';

export { checkCompliance, COMPLIANCE_RULES, COMPLIANCE_CODES, hasBlockingFindings } from './compliance';
export type { Finding, Severity, ComplianceCode, ComplianceRule } from './compliance';

export { getLocalePack, availableLocales, hasLocalePack, fr, en } from './locales';
export { REGISTER_COLUMNS } from './locales';
export type { LocalePack, Piece, RegisterColumn, RegisterWords, TemplateHelpers } from './locales';

export * as fields from './fields';
export { materialCookieChange, nextConsentRevision } from './consent-revision';
export { consentCategories } from './consent-data';
export type { ConsentCategory, ConsentCookie } from './consent-data';

import { compose } from './compose';
import { renderAll, type HtmlOptions } from './render';

/** Validate, compose and render every format in one call (what a publication stores). */
export const composeAndRender = (input: unknown, htmlOptions?: HtmlOptions) => {
  const document = compose(input);
  return { document, ...renderAll(document, htmlOptions) };
};

export { accessibilityMention, conformityOf, CONFORMITY_STATUSES, DEFENSEUR_DES_DROITS } from './accessibility';
export type { AccessibilityMention, AuditProblem, Conformity, ConformityStatus } from './accessibility';
