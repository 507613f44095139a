// One long operation at a time with its outcome: what every button that waits on the host needs (state: busyState.ts).
import { useCallback, useReducer, useRef } from 'react';
import { busyReducer } from './busyState';

export type { Outcome } from './busyState';

export function useBusy() {
  const [state, dispatch] = useReducer(busyReducer, {});
  const running = useRef(false);
  /** Runs `work` showing `label` while it lasts; an exception becomes the error text `onError` gives. */
  const run = useCallback(async (label: string, work: () => Promise<string | undefined>, onError: (detail: string) => string) => {
    if (running.current) return;
    running.current = true;
    dispatch({ type: 'started', label });
    try {
      const text = await work();
      dispatch({ type: 'ended', outcome: text ? { kind: 'success', text } : undefined });
    } catch (e) {
      dispatch({ type: 'ended', outcome: { kind: 'error', text: onError(errorText(e)) } });
    } finally {
      running.current = false;
    }
  }, []);
  const clearOutcome = useCallback(() => dispatch({ type: 'cleared' }), []);
  return { busy: state.busy, outcome: state.outcome, clearOutcome, run };
}

/** What went wrong, in words: an Error's message (Office.js errors carry one), else the value itself. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e && typeof (e as { message: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}
