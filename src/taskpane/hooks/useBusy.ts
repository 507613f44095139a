// One long operation at a time with its outcome: what every button that waits on the host needs.
import { useCallback, useRef, useState } from 'react';

export type Outcome = { kind: 'success' | 'error'; text: string } | undefined;

export function useBusy() {
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const running = useRef(false);
  /** Runs `work` showing `label` while it lasts; an exception becomes the error text `onError` gives. */
  const run = useCallback(async (label: string, work: () => Promise<string | undefined>, onError: (detail: string) => string) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    setOutcome(undefined);
    try {
      const text = await work();
      setOutcome(text ? { kind: 'success', text } : undefined);
    } catch (e) {
      setOutcome({ kind: 'error', text: onError(errorText(e)) });
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, []);
  return { busy, outcome, setOutcome, run };
}

/** What went wrong, in words: an Error's message (Office.js errors carry one), else the value itself. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e && typeof (e as { message: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}
