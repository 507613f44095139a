// Small helpers of the readers that work on a part's bytes (slimSheetBytes.ts, plainNamesBytes.ts, zipParts.ts): the
// markup they look for is ASCII, compared byte by byte by hand (a Node Buffer's own methods are a call into C++ each).

/** An ASCII marker as bytes. */
export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** Whether `marker` is at `at` in `bytes`. */
export function startsWith(bytes: Uint8Array, at: number, marker: Uint8Array): boolean {
  if (at < 0 || at + marker.length > bytes.length) return false;
  for (let k = 0; k < marker.length; k++) if (bytes[at + k] !== marker[k]) return false;
  return true;
}

/** Whether `kept` holds the same bytes as `bytes` from `from` to `to` (all of it by default). */
export function sameBytes(kept: Uint8Array, bytes: Uint8Array, from = 0, to = bytes.length): boolean {
  if (kept.length !== to - from) return false;
  for (let k = 0; k < kept.length; k++) if (kept[k] !== bytes[from + k]) return false;
  return true;
}
