/**
 * Sentences a step pattern matches, one per combination of its alternatives (`(?:is|should be)`, an
 * optional `(?:|je )` or `s?`), each argument "x" and each number 3: enough to tell whether two step
 * patterns share a sentence, and to show an example of a translated step.
 */
const MOST = 64;

type Sentences = string[];

function product(left: Sentences, right: Sentences): Sentences {
  const out: Sentences = [];
  for (const a of left) for (const b of right) if (out.length < MOST) out.push(a + b);
  return out;
}

export function sampleSentences(source: string): string[] {
  let index = 0;

  function alternatives(): Sentences {
    const out: Sentences = [...sequence()];
    while (source[index] === '|') {
      index++;
      out.push(...sequence());
    }
    return out.slice(0, MOST);
  }

  function atom(): Sentences {
    const char = source[index];
    if (char === '(') {
      index += source.startsWith('(?:', index) ? 3 : source.startsWith('(?<', index) ? source.indexOf('>', index) + 1 - index : 1;
      const inside = alternatives();
      index++; // ')'
      return inside;
    }
    if (char === '[') {
      const end = classEnd(source, index);
      const body = source.slice(index + 1, end);
      index = end + 1;
      return [body.startsWith('^') ? 'x' : body.replace(/^\\/, '')[0]];
    }
    if (char === '\\') {
      const escaped = source[index + 1];
      index += 2;
      return [escaped === 'd' ? '3' : escaped === 's' ? ' ' : escaped === 'w' ? 'x' : escaped];
    }
    index++;
    return [char === '.' ? 'x' : char === '^' || char === '$' ? '' : char];
  }

  function sequence(): Sentences {
    let out: Sentences = [''];
    while (index < source.length && source[index] !== '|' && source[index] !== ')') {
      let part = atom();
      const quantifier = source[index];
      if (quantifier === '?') {
        index++;
        part = ['', ...part];
      } else if (quantifier === '*' || quantifier === '+') {
        index++;
        // An argument's characters: one is enough ("x"), none when it may be empty and the part is a choice.
        part = part.slice(0, 1);
      }
      out = product(out, part);
    }
    return out;
  }

  return [...new Set(alternatives())];
}

/** Where the character class opening at `open` (`[`) ends in a pattern source: its `]`. */
export function classEnd(source: string, open: number): number {
  for (let index = open + 1; index < source.length; index++) {
    if (source[index] === '\\') index++;
    else if (source[index] === ']' && index > open + 1) return index;
  }
  return source.length - 1;
}
