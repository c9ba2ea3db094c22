export { HTTP_URL_PATTERN, PAGE_LINK_PATTERN, httpUrlProblem, pageLinkProblem, phoneProblem } from './contact';
export { SLUG_MAX_LENGTH, SLUG_PATTERN, cutSlug } from './slug';
export { normaliseIdentifier, rnaProblem, siretProblem, sirenProblem, vatProblem } from './identifiers';
export { designationProblem } from './designation';
