/** Controls a refused field's focus can land on: text inputs, selects and comboboxes, radios and checkboxes. */
const FOCUSABLE = 'input:not([type="hidden"]), textarea, [role="combobox"], [role="radio"], [role="checkbox"], button';

/**
 * Moves the focus to the first field of `container` that shows an error: the design system marks each message with
 * `data-strapi-field-error`, inside the field's root, next to the control.
 */
export const focusFirstError = (container: HTMLElement) => {
  const message = container.querySelector<HTMLElement>('[data-strapi-field-error]');
  const control = message?.parentElement?.querySelector<HTMLElement>(FOCUSABLE);
  control?.focus();
  control?.scrollIntoView?.({ block: 'center' });
};
