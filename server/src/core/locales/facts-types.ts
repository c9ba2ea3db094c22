/**
 * The words of the facts added after the first packs (issue 18, section 3): a person's gender, a contact point,
 * several retention rules, children's consent, applicable law, the CRPA officer, the processors table. Kept apart
 * from `fr.ts`/`en.ts`, which are long enough.
 */
import type { Safeguard } from '../input/types';
import type { Piece } from './types';

export type Gender = 'm' | 'f';

export interface FactsPack {
  /** Titles of the sections these facts add, by section id. */
  sectionTitles: Record<'applicable-law' | 'documents-officer', string>;
  /** A title that agrees with the gender of the person holding it. */
  gendered: {
    representative: Record<Gender, string>;
    director: Record<Gender, string>;
  };
  applicableLaw: { law: string; courts: string };
  /** The CRPA officer, with their title; `reachable` when contact lines follow. */
  documentsOfficer(name: string, title: string | undefined, reachable: boolean): Piece;
  /** Children below the age of digital consent; `frenchLaw` adds loi 78-17 art. 45 to GDPR Art. 8. */
  minors: { label: string; sentence(age: number, frenchLaw: boolean): Piece };
  processors: {
    intro: string;
    caption: string;
    name: string;
    activity: string;
    country: string;
    safeguard: string;
    /** The safeguard cell of a processor that keeps the data within the EEA. */
    withinEea: string;
    unknown: string;
    safeguards: Record<Safeguard, string>;
  };
}
