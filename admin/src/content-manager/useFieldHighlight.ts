import { useEffect } from 'react';

const WAIT_MS = 15_000;
const OUTLINE = '2px solid #4945ff';

/** The field's box: the nearest ancestor holding its label, so the whole field is marked whatever its input. */
const fieldBox = (input: HTMLElement): HTMLElement => {
  let box: HTMLElement | null = input.parentElement;
  while (box && box.tagName !== 'FORM' && box.tagName !== 'MAIN' && !box.querySelector('label')) box = box.parentElement;
  return box && box.tagName !== 'FORM' && box.tagName !== 'MAIN' ? box : input;
};

/** The element to focus in a field: the input itself, or the control that stands for a hidden one (a select's button). */
const focusTarget = (input: HTMLElement, box: HTMLElement): HTMLElement | null => {
  const hidden = input.getAttribute('aria-hidden') === 'true' || input.hidden || (input as HTMLInputElement).type === 'hidden';
  return hidden ? box.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, [role="combobox"], button') : input;
};

/**
 * Marks the edit view's field named `field` once the form shows it: scrolled to the middle of the view, focused, and
 * outlined until the editor changes it. Strapi focuses a field named in `?field=` itself, for the inputs that ask for
 * it; this covers the others and shows the editor where to look.
 */
export const useFieldHighlight = (field: string | undefined) => {
  useEffect(() => {
    if (!field || typeof document === 'undefined') return undefined;
    const selector = `main [name="${CSS.escape(field)}"]`;
    let clear = () => {};

    const mark = (input: HTMLElement) => {
      const box = fieldBox(input);
      box.scrollIntoView({ block: 'center' });
      // Strapi may have focused the field already: only an unfocused field is focused here.
      if (!box.contains(document.activeElement)) focusTarget(input, box)?.focus({ preventScroll: true });
      const previous = { outline: box.style.outline, offset: box.style.outlineOffset, radius: box.style.borderRadius };
      box.style.outline = OUTLINE;
      box.style.outlineOffset = '4px';
      box.style.borderRadius = '4px';
      box.dataset.legalPagesFix = field;
      clear = () => {
        box.style.outline = previous.outline;
        box.style.outlineOffset = previous.offset;
        box.style.borderRadius = previous.radius;
        delete box.dataset.legalPagesFix;
        box.removeEventListener('input', clear);
        box.removeEventListener('change', clear);
      };
      box.addEventListener('input', clear);
      box.addEventListener('change', clear);
    };

    const found = document.querySelector<HTMLElement>(selector);
    if (found) {
      mark(found);
      return () => clear();
    }
    // The form is drawn once the entry has loaded.
    const observer = new MutationObserver(() => {
      const input = document.querySelector<HTMLElement>(selector);
      if (!input) return;
      observer.disconnect();
      mark(input);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
      clear();
    };
  }, [field]);
};
