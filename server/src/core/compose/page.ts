/** The contract of a page kind's composer. */
import type { LegalPageInput } from '../input/types';
import type { LocalePack, SiteRef } from '../locales/types';
import type { Block } from '../tree';
import type { ComposeContext } from './context';

export type SectionBuilder = (ctx: ComposeContext) => Block[];

export interface PageComposer {
  /** Unnumbered text before the first section (the dates and the editor's introduction are added by `compose`). */
  lead(ctx: ComposeContext, site: SiteRef): Block[];
  /** One builder per section id of the kind's catalog. */
  sections: Record<string, SectionBuilder>;
  /** Keys of the locale pack's section titles when they differ from the section id. */
  titleKeys?: Record<string, string>;
  /** A title that depends on the input (a person's gender), when it does. */
  titleFor?(input: LegalPageInput, pack: LocalePack, sectionId: string): string | undefined;
  /** Whether an optional section has anything to say with this input; absent sections are left out silently. */
  present?(input: LegalPageInput, sectionId: string): boolean;
}
