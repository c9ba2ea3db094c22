/** The words of the accessibility statement (issue 14), apart from `fr.ts`/`en.ts`, which are long enough. */
import type { AuditProblem, ConformityStatus } from '../accessibility';
import type { Inline } from '../tree';
import type { Piece, SiteRef, TemplateHelpers } from './types';

export interface AccessibilityPack {
  sectionTitles: Record<'plans' | 'conformity' | 'inaccessible-content' | 'establishment' | 'feedback' | 'remedy', string>;
  statuses: Record<ConformityStatus, string>;
  /** The footer mention shown on every page of the site. */
  mention(status: ConformityStatus): string;
  /** `law`: the citation of article 47, from the law table. */
  lead(h: TemplateHelpers, site: SiteRef, law: string): Piece;
  plansIntro(h: TemplateHelpers): Piece;
  multiYearPlan: string;
  actionPlan: string;
  /** `listed`: the inaccessible content is listed on the page, and explains a status short of compliant. */
  status(h: TemplateHelpers, site: string, status: Inline, version: string | null, listed: boolean): Piece;
  /** Why the status is "non conforme" whatever the audit says: no audit, an old one, or one without results. */
  noValidAudit(problem: AuditProblem, date: Inline | null): Piece;
  results(auditor: string, date: Inline, rate: number, met: number, applicable: number, version: string): Piece;
  inaccessibleIntro: string;
  nonConformities: string;
  derogations: string;
  exemptions: string;
  /** "critères 1.1 et 3.2". */
  criteria(ids: string[]): string;
  justification: string;
  alternative: string;
  reason: string;
  established(date: Inline): Piece;
  updated(date: Inline): Piece;
  technologies: string;
  environment: string;
  environmentIntro: string;
  /** A browser with the assistive technology it was tested with. */
  combination(browser: string, assistiveTechnology: string | undefined): string;
  tools: string;
  pages: string;
  feedbackIntro(h: TemplateHelpers): Piece;
  postalAddress: string;
  remedyIntro: string;
  remedyForm(link: Inline): Piece;
  remedyDelegates(link: Inline): Piece;
  remedyPost(address: string): Piece;
}
