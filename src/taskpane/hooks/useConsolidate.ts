// The 集約 tab: the chosen workbooks parsed off the pane's thread with their progress, then the core
// consolidation job over every one that was read, and the report's downloads and writes. State: consolidateState.ts.
import { useCallback, useReducer, useRef } from 'react';
import { consolidateJob } from '../../core/jobs/consolidate';
import { planSheets } from '../../core/report/plan';
import type { Lang } from '../../core/rules/types';
import type { SeikaHost } from '../host/types';
import type { ParseFiles } from '../parse/types';
import { useStrings } from '../strings';
import { consolidateReducer, initialConsolidateState, readsOf, type ConsolidateEvent } from './consolidateState';
import { readBytes } from './readBytes';
import { errorText, useBusy } from './useBusy';

export type { FileEntry } from './consolidateState';

export function useConsolidate(host: SeikaHost, parse: ParseFiles, lang: Lang) {
  const t = useStrings();
  const [state, dispatch] = useReducer(consolidateReducer, initialConsolidateState);
  // The same events applied here as they happen, so the work in flight sees the files read so far (the reducer is pure).
  const latest = useRef(initialConsolidateState);
  const send = useCallback((event: ConsolidateEvent) => {
    latest.current = consolidateReducer(latest.current, event);
    dispatch(event);
  }, []);
  const { busy, outcome, run } = useBusy();

  /** Adds files (a later file of the same name replaces the earlier one), reads the new ones, consolidates all. */
  const addFiles = useCallback(
    async (files: File[]) => {
      const xlsx = files.filter((f) => /\.xlsx$/i.test(f.name));
      const firstId = latest.current.nextId;
      send({ type: 'added', files: xlsx, skipped: files.filter((f) => !xlsx.includes(f)).map((f) => f.name) });
      if (!xlsx.length) return;
      try {
        const bytes = await Promise.all(xlsx.map(readBytes));
        await parse(bytes, (p) => send({ type: 'progress', id: firstId + p.index, state: p.state, read: p.read }));
        send({ type: 'consolidating' });
        // Let the progress bars paint their last state before consolidating on this thread.
        await new Promise((r) => setTimeout(r, 0));
        send({ type: 'consolidated', consolidated: consolidateJob({ workbooks: readsOf(latest.current) }) });
      } catch (e) {
        send({ type: 'failed', detail: errorText(e) });
      }
    },
    [parse, send],
  );

  const { consolidated } = state;
  const report = consolidated?.report;
  const sheetCount = report ? planSheets(report).length : 0;

  const download = () =>
    run(
      t.consolidate.downloading,
      async () => {
        if (!consolidated) return undefined;
        host.saveFile(consolidated.fileName, await host.reportBytes(consolidated.report, lang));
        return t.consolidate.downloaded(consolidated.fileName);
      },
      t.consolidate.failed,
    );

  /** The same site as `seika publish`, zipped. */
  const downloadSite = () =>
    run(
      t.consolidate.makingSite,
      async () => {
        if (!report) return undefined;
        // Loaded on first use: the pane's first screen does not carry the site's renderers.
        const { fileName, bytes } = await (await import('../../publish/zip')).publishedZip(report);
        host.saveFile(fileName, bytes);
        return t.consolidate.siteDownloaded(fileName);
      },
      t.consolidate.failed,
    );

  /** The open workbook itself as the one workbook to consolidate (departments' sheets pasted into it). */
  const consolidateHere = async () => {
    if (!host.readLive) return;
    send({ type: 'cleared' });
    const id = latest.current.nextId;
    send({ type: 'added', files: [{ name: t.consolidate.fromHere, size: 0 }], skipped: [] });
    try {
      send({ type: 'progress', id, state: 'reading' });
      const read = await host.readLive();
      send({ type: 'progress', id, state: read.sheets.length ? 'done' : 'failed', read });
      send({ type: 'consolidating' });
      send({ type: 'consolidated', consolidated: consolidateJob({ workbooks: readsOf(latest.current) }) });
    } catch (e) {
      send({ type: 'failed', detail: errorText(e) });
    }
  };

  return {
    entries: state.entries,
    report,
    phase: state.phase,
    notice: state.skipped && t.consolidate.onlyXlsx(state.skipped),
    error: state.failure && t.consolidate.failed(state.failure),
    busy,
    outcome,
    sheetCount,
    addFiles,
    consolidateHere: host.kind === 'excel' && host.readLive ? consolidateHere : undefined,
    clear: () => send({ type: 'cleared' }),
    download,
    downloadSite,
  };
}
