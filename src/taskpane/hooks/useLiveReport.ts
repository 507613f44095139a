// 集約 into this workbook (Excel): say what will be added and replaced, ask before replacing an earlier run's
// sheets, write with progress per batch of sheets, and let the user cancel (nothing half-written stays).
import { useRef, useState } from 'react';
import type { AnyReport } from '../../core/report/anyReport';
import type { Lang } from '../../core/rules/types';
import type { SeikaHost } from '../host/types';
import { useStrings } from '../strings';
import { useBusy } from './useBusy';

export function useLiveReport(host: SeikaHost, report: AnyReport | undefined, lang: Lang) {
  const t = useStrings();
  const { busy, outcome, run } = useBusy();
  /** The earlier run's sheets the write would replace, while the user decides. */
  const [confirming, setConfirming] = useState<string[] | undefined>(undefined);
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>(undefined);
  const signal = useRef({ aborted: false });

  const write = (replace: boolean) =>
    run(
      t.consolidate.writing,
      async () => {
        setConfirming(undefined);
        if (!report || !host.writeReport) return undefined;
        signal.current = { aborted: false };
        setProgress(undefined);
        const result = await host.writeReport(report, lang, { replace, signal: signal.current, onProgress: (p) => setProgress(p) });
        setProgress(undefined);
        if (result.status === 'cancelled') return t.consolidate.writeCancelled;
        if (result.status === 'needsConfirmation') {
          setConfirming(result.replaced);
          return undefined;
        }
        return t.consolidate.written(result.sheetNames.length, result.replaced.length);
      },
      t.consolidate.failed,
    );

  return {
    available: host.kind === 'excel' && !!host.writeReport,
    busy,
    outcome,
    confirming,
    progress,
    /** Writes at once when nothing would be replaced; otherwise the write stops before anything and asks. */
    writeHere: () => void write(false),
    confirmReplace: () => void write(true),
    keepEarlier: () => setConfirming(undefined),
    cancel: () => {
      signal.current.aborted = true;
    },
  };
}
