export { HTTP_URL_PATTERN, PAGE_LINK_PATTERN, httpUrlProblem, pageLinkProblem, phoneProblem } from './contact';
export { SLUG_MAX_LENGTH, SLUG_PATTERN, cutSlug } from './slug';
export { normaliseIdentifier, rnaProblem, siretProblem, sirenIssue, sirenProblem, vatProblem, type IdentifierIssue } from './identifiers';
export { designationArticle, designationProblem } from './designation';
export { EMAIL_MAX_LENGTH, emailProblem } from './email';
export { COUNTRY_CODE_PATTERN, countryProblem } from './country';
export { parseAmount } from './amount';
