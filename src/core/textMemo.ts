// A reading of a cell's text remembered by the text: the same few texts (an account, a year heading, a measure
// number) recur on every sheet of a city, and reading each again (NFKC, several patterns) was a good part of the
// rules that compare or judge them.

/** `read` remembered for the last texts seen (at most `size`, then forgotten at once: memory stays bounded). */
export function byText<T>(read: (text: string) => T, size = 1000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    // One lookup for a text known by a value; `has` is asked only when there is none (a reading may be undefined).
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    const value = read(text);
    if (known.size >= size) known.clear();
    known.set(text, value);
    return value;
  };
}
