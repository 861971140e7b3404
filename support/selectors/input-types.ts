/**
 * HTML's input types that make a button rather than a field. The Session (what a step may do with a
 * control) and the HTTP driver (how a form is submitted) read them from here; the named selector
 * table carries its own copy, since its source is shipped to the browser and may import nothing.
 */
export const BUTTON_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'image', 'reset', 'button']);
