export { httpUrlProblem, phoneProblem } from './contact';
export { normaliseIdentifier, siretProblem, sirenProblem, vatProblem } from './identifiers';
