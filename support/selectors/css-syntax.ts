/**
 * The CSS selector syntax both drivers accept, read once in Node: standard selectors (the part of
 * Selectors Level 4 that browsers and css-select both evaluate) plus the pseudo-classes in
 * PSEUDO_CLASSES, Symfony CssSelector's `:contains()` among them. Anything else is refused here,
 * with the part not understood, before either driver sees it; so no driver accepts what the other
 * refuses. The result is css-what's token list (what css-select evaluates), each simple selector
 * carrying its source text (what the browser is given).
 */
import { PSEUDO_CLASSES, pseudoClassNames } from './css-pseudo-classes';

export { PSEUDO_CLASSES, pseudoClassNames };

type Combinator = 'descendant' | 'child' | 'adjacent' | 'sibling';
type AttributeAction = 'exists' | 'equals' | 'element' | 'hyphen' | 'start' | 'end' | 'any';

/**
 * A simple selector (with its source text) or a combinator: css-what's token shapes, whose enums are
 * these same strings, so css-select evaluates them as they are.
 */
export type CssToken =
  | { type: 'tag'; name: string; namespace: null; source?: string }
  | { type: 'universal'; namespace: null; source?: string }
  | { type: 'attribute'; name: string; action: AttributeAction; value: string; namespace: null; ignoreCase: boolean | null | 'quirks'; source?: string }
  | { type: 'pseudo'; name: string; data: string | CssComplex[] | null; source?: string }
  | { type: Combinator };
/** One complex selector (compounds and combinators, left to right); a list is comma-separated. */
export type CssComplex = CssToken[];

/** Why a selector is refused: the part not understood, said as a user can act on it. */
export class CssSyntaxError extends Error {}

const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\f']);
const COMBINATORS: Readonly<Record<string, Exclude<Combinator, 'descendant'>>> = { '>': 'child', '+': 'adjacent', '~': 'sibling' };
const ATTRIBUTE_ACTIONS: Readonly<Record<string, Exclude<AttributeAction, 'exists' | 'equals'>>> = {
  '~': 'element', '|': 'hyphen', '^': 'start', '$': 'end', '*': 'any',
};
const AN_PLUS_B = /^(?:odd|even|[+-]?\d*n(?:\s*[+-]\s*\d+)?|[+-]?\d+)$/i;
const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);

function isNameStart(char: string | undefined): boolean {
  return char !== undefined && (/[A-Za-z_]/.test(char) || char.charCodeAt(0) >= 0x80);
}

function isNameChar(char: string | undefined): boolean {
  return isNameStart(char) || (char !== undefined && /[0-9-]/.test(char));
}

/** A recursive-descent reader of one selector list (CSS Syntax Level 3 identifiers, strings and escapes). */
class SelectorReader {
  private position = 0;

  constructor(private readonly text: string) {}

  readAll(): CssComplex[] {
    const list = this.selectorList(false, false);
    if (this.position < this.text.length) this.fail(this.peek() === ')' ? 'a ")" without its "("' : 'expected "," or a combinator');
    return list;
  }

  private peek(offset = 0): string | undefined {
    return this.text[this.position + offset];
  }

  private fail(what: string): never {
    const rest = this.text.slice(this.position);
    const where = rest === '' ? 'at the end' : `at "${rest.length > 24 ? `${rest.slice(0, 24)}…` : rest}"`;
    throw new CssSyntaxError(`${what} ${where}`);
  }

  private skipWhitespace(): boolean {
    const start = this.position;
    for (;;) {
      if (WHITESPACE.has(this.peek() ?? '')) this.position += 1;
      else if (this.peek() === '/' && this.peek(1) === '*') this.fail('comments are not supported in selectors');
      else return this.position > start;
    }
  }

  private selectorList(relative: boolean, inHas: boolean): CssComplex[] {
    const list: CssComplex[] = [];
    for (;;) {
      this.skipWhitespace();
      list.push(this.complex(relative, inHas));
      this.skipWhitespace();
      if (this.peek() !== ',') return list;
      this.position += 1;
    }
  }

  private complex(relative: boolean, inHas: boolean): CssComplex {
    const tokens: CssComplex = [];
    const leading = COMBINATORS[this.peek() ?? ''];
    if (leading !== undefined) {
      if (!relative) this.fail(`a selector cannot start with "${this.peek()}" (only inside :has())`);
      tokens.push({ type: leading });
      this.position += 1;
      this.skipWhitespace();
    }
    tokens.push(...this.compound(inHas));
    for (;;) {
      const spaced = this.skipWhitespace();
      const next = this.peek();
      const combinator = COMBINATORS[next ?? ''];
      if (combinator !== undefined) {
        this.position += 1;
        this.skipWhitespace();
        tokens.push({ type: combinator });
      } else if (spaced && next !== undefined && next !== ',' && next !== ')') {
        tokens.push({ type: 'descendant' });
      } else {
        return tokens;
      }
      tokens.push(...this.compound(inHas));
    }
  }

  private compound(inHas: boolean): CssToken[] {
    const tokens: CssToken[] = [];
    const start = this.position;
    if (this.peek() === '*') {
      this.position += 1;
      this.refuseNamespace();
      tokens.push({ type: 'universal', namespace: null, source: '*' });
    } else if (this.startsIdentifier()) {
      const name = this.identifier();
      this.refuseNamespace();
      tokens.push({ type: 'tag', name, namespace: null, source: this.text.slice(start, this.position) });
    }
    for (;;) {
      const from = this.position;
      const char = this.peek();
      if (char === '#' || char === '.') tokens.push(this.idOrClass());
      else if (char === '[') tokens.push(this.attribute());
      else if (char === ':') tokens.push(this.pseudoClass(inHas));
      else break;
      (tokens[tokens.length - 1] as { source?: string }).source = this.text.slice(from, this.position);
    }
    if (tokens.length === 0) this.fail(this.peek() === undefined ? 'expected a selector' : 'expected a tag name, "*", "#", ".", "[" or ":"');
    return tokens;
  }

  private refuseNamespace(): void {
    if (this.peek() === '|' && this.peek(1) !== '=') this.fail('namespaces ("|") are not supported');
  }

  /** `#id` or `.class`, which css-what writes as attribute selectors. */
  private idOrClass(): CssToken {
    const id = this.peek() === '#';
    this.position += 1;
    if (!this.startsIdentifier()) {
      this.fail(id ? 'an id after "#" starts with a letter, "_" or "-" (escape a leading digit: #\\31 23)' : 'a class name after "." starts with a letter, "_" or "-"');
    }
    const value = this.identifier();
    return { type: 'attribute', name: id ? 'id' : 'class', action: id ? 'equals' : 'element', value, namespace: null, ignoreCase: 'quirks' };
  }

  private attribute(): CssToken {
    this.position += 1;
    this.skipWhitespace();
    if (!this.startsIdentifier()) this.fail('expected an attribute name');
    const name = this.identifier();
    this.refuseNamespace();
    this.skipWhitespace();
    if (this.peek() === ']') {
      this.position += 1;
      return { type: 'attribute', name, action: 'exists', value: '', namespace: null, ignoreCase: null };
    }
    let action: AttributeAction;
    if (this.peek() === '=') {
      action = 'equals';
      this.position += 1;
    } else if (ATTRIBUTE_ACTIONS[this.peek() ?? ''] !== undefined && this.peek(1) === '=') {
      action = ATTRIBUTE_ACTIONS[this.peek() as string];
      this.position += 2;
    } else if (this.peek() === '!' && this.peek(1) === '=') {
      this.fail('"!=" is not CSS (write :not([name="value"]))');
    } else {
      this.fail('expected "]", "=", "~=", "|=", "^=", "$=" or "*="');
    }
    this.skipWhitespace();
    let value: string;
    if (this.peek() === '"' || this.peek() === "'") value = this.string();
    else if (this.startsIdentifier()) value = this.identifier();
    else this.fail('an attribute value is a name or a quoted string');
    this.skipWhitespace();
    let ignoreCase: boolean | null = null;
    if (this.startsIdentifier()) {
      const flagAt = this.position;
      const flag = this.identifier().toLowerCase();
      if (flag !== 'i') {
        this.position = flagAt;
        this.fail(flag === 's' ? 'the "s" flag is not supported by browsers' : 'expected "]" or the "i" flag');
      }
      ignoreCase = true;
      this.skipWhitespace();
    }
    if (this.peek() !== ']') this.fail('expected "]"');
    this.position += 1;
    return { type: 'attribute', name, action, value, namespace: null, ignoreCase };
  }

  private pseudoClass(inHas: boolean): CssToken {
    this.position += 1;
    if (this.peek() === ':') {
      this.position += 1;
      this.refuse(`"::${this.startsIdentifier() ? this.identifier() : ''}" is a pseudo-element: it selects no element`);
    }
    if (!this.startsIdentifier()) this.fail('expected a pseudo-class name after ":"');
    const written = this.identifier();
    const name = written.toLowerCase();
    const opens = this.peek() === '(';
    const pseudo = PSEUDO_CLASSES[name];
    const shown = `:${written}${opens ? '()' : ''}`;
    if (LEGACY_PSEUDO_ELEMENTS.has(name)) this.refuse(`"${shown}" is a pseudo-element: it selects no element`);
    if (pseudo === undefined) {
      this.refuse(`the pseudo-class "${shown}" is not supported (supported: ${pseudoClassNames('standard').join(' ')}, ` +
        `and the extensions ${pseudoClassNames('extensions').join(' ')})`);
    }
    if (pseudo.argument === 'none') {
      if (opens) this.refuse(`":${written}" takes no argument`);
      return { type: 'pseudo', name, data: null };
    }
    if (!opens) this.refuse(`":${written}()" needs an argument${pseudo.argument === 'text' ? `, as in :${name}("text")` : ''}`);
    this.position += 1;
    let data: string | CssComplex[];
    if (pseudo.argument === 'selectors' || pseudo.argument === 'relative-selectors') {
      const relative = pseudo.argument === 'relative-selectors';
      if (relative && inHas) this.refuse('":has()" cannot be nested in ":has()"');
      data = this.selectorList(relative, inHas || relative);
    } else if (pseudo.argument === 'an+b') {
      data = this.anPlusB(written);
    } else {
      data = this.textArgument(written);
    }
    this.skipWhitespace();
    if (this.peek() !== ')') this.fail(`expected ")" to close ":${written}("`);
    this.position += 1;
    return { type: 'pseudo', name, data };
  }

  /** A refusal that names the part itself (a pseudo-class): no position is added. */
  private refuse(what: string): never {
    throw new CssSyntaxError(what);
  }

  private anPlusB(written: string): string {
    const start = this.position;
    const end = this.text.indexOf(')', start);
    const formula = (end < 0 ? this.text.slice(start) : this.text.slice(start, end)).trim();
    if (/\sof\s/i.test(` ${formula} `)) this.fail(`":${written}(… of S)" is not supported`);
    if (!AN_PLUS_B.test(formula)) this.fail(`":${written}()" takes An+B: a number, "odd", "even" or a formula like 2n+1`);
    this.position = end < 0 ? this.text.length : end;
    return formula;
  }

  /** `:contains("text")`: one quoted string, or one word written without quotes. */
  private textArgument(written: string): string {
    this.skipWhitespace();
    if (this.peek() === '"' || this.peek() === "'") return this.string();
    let word = '';
    for (;;) {
      const char = this.peek();
      if (char === undefined || char === ')' || WHITESPACE.has(char)) break;
      if (char === '\\') word += this.escape();
      else if (char === '"' || char === "'" || char === '(' || char === ',') this.fail(`quote the text of ":${written}()"`);
      else {
        word += char;
        this.position += 1;
      }
    }
    if (word === '') this.fail(`":${written}()" needs the text to look for, as in :${written}("text")`);
    const after = this.position;
    this.skipWhitespace();
    if (this.peek() !== ')') {
      this.position = after;
      this.fail(`quote text with spaces, as in :${written}("two words")`);
    }
    return word;
  }

  private string(): string {
    const quote = this.peek() as string;
    this.position += 1;
    let value = '';
    for (;;) {
      const char = this.peek();
      if (char === undefined) this.fail(`the string is not closed with ${quote}`);
      if (char === '\n' || char === '\r' || char === '\f') this.fail('a line break cannot be inside a string');
      if (char === quote) {
        this.position += 1;
        return value;
      }
      if (char === '\\') {
        const next = this.peek(1);
        if (next === '\n' || next === '\f') this.position += 2;
        else if (next === '\r') this.position += this.peek(2) === '\n' ? 3 : 2;
        else if (next === undefined) this.position += 1;
        else value += this.escape();
      } else {
        value += char;
        this.position += 1;
      }
    }
  }

  private startsEscape(offset = 0): boolean {
    const next = this.peek(offset + 1);
    return this.peek(offset) === '\\' && next !== undefined && next !== '\n' && next !== '\r' && next !== '\f';
  }

  private startsIdentifier(): boolean {
    const first = this.peek();
    if (first === '-') return isNameStart(this.peek(1)) || this.peek(1) === '-' || this.startsEscape(1);
    return isNameStart(first) || this.startsEscape();
  }

  private identifier(): string {
    let name = '';
    for (;;) {
      const char = this.peek();
      if (isNameChar(char)) {
        name += char;
        this.position += 1;
      } else if (this.startsEscape()) {
        name += this.escape();
      } else {
        return name;
      }
    }
  }

  /** A backslash escape (at the backslash): hex digits with one optional whitespace after them, or the next character as itself. */
  private escape(): string {
    if (!this.startsEscape()) this.fail('a "\\" escapes nothing');
    this.position += 1;
    const hex = /^[0-9A-Fa-f]{1,6}/.exec(this.text.slice(this.position, this.position + 6))?.[0];
    if (hex === undefined) {
      const codePoint = this.text.codePointAt(this.position) as number;
      const char = String.fromCodePoint(codePoint);
      this.position += char.length;
      return char;
    }
    this.position += hex.length;
    if (this.peek() === '\r' && this.peek(1) === '\n') this.position += 2;
    else if (WHITESPACE.has(this.peek() ?? '')) this.position += 1;
    const codePoint = Number.parseInt(hex, 16);
    const invalid = codePoint === 0 || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff;
    return String.fromCodePoint(invalid ? 0xfffd : codePoint);
  }
}

/** The selector list `text` as css-what tokens; throws CssSyntaxError saying which part is not understood. */
export function parseSelectorList(text: string): CssComplex[] {
  return new SelectorReader(text).readAll();
}
