// A reading of a cell's text remembered by the text: the same few texts (an account, a year heading, a measure
// number) recur on every sheet of a city, and reading each again (NFKC, several patterns) was a good part of the
// rules that compare or judge them.

/** What a memo holds for a reading of undefined (most texts' problem, when they have none). */
const UNDEFINED = Symbol('undefined');

/**
 * `read` remembered for the last texts seen (at most `size`, then forgotten at once: memory stays bounded). A known
 * text is answered in one lookup, an undefined reading too: it is held as UNDEFINED, so that a miss means unseen.
 */
export function byText<T>(read: (text: string) => T, size = 1000): (text: string) => T {
  const known = new Map<string, T | typeof UNDEFINED>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined) return (found === UNDEFINED ? undefined : found) as T;
    const value = read(text);
    if (known.size >= size) known.clear();
    known.set(text, value === undefined ? UNDEFINED : value);
    return value;
  };
}
