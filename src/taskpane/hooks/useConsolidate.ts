// The 集約 tab: the chosen workbooks parsed off the pane's thread with their progress, then the core
// consolidation job over every one that was read (the city's report when they hold several policies, or the policy
// chosen, as `seika consolidate` does), and the report's downloads and writes. State: consolidateState.ts.
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { policiesIn } from '../../core/consolidate/city';
import type { BuiltFormat } from '../../core/format/buildLayout';
import { consolidateScoped, reportOf, type ScopedResult } from '../../core/jobs/consolidate';
import type { FindingGroup } from '../../core/findings/group';
import { placeText } from '../../core/findings/text';
import { formSheetCount } from '../../core/report/formDrawing';
import { planSheets } from '../../core/report/plan';
import type { Lang } from '../../core/rules/types';
import type { SeikaHost } from '../host/types';
import type { ParseFiles } from '../parse/types';
import { useStrings } from '../strings';
import { consolidateReducer, initialConsolidateState, readsOf, type ConsolidateEvent, type ConsolidateState } from './consolidateState';
import { errorText, useBusy } from './useBusy';

export type { FileEntry } from './consolidateState';

/** Consolidates in `format` (the pane's 様式 picker; absent: the format most workbooks record, as the CLI does). */
export function useConsolidate(host: SeikaHost, parse: ParseFiles, lang: Lang, format?: BuiltFormat) {
  const t = useStrings();
  const [state, dispatch] = useReducer(consolidateReducer, initialConsolidateState);
  // The same events applied here as they happen, so the work in flight sees the files read so far (the reducer is pure).
  const latest = useRef(initialConsolidateState);
  const send = useCallback((event: ConsolidateEvent) => {
    latest.current = consolidateReducer(latest.current, event);
    dispatch(event);
  }, []);
  const { busy, outcome, run } = useBusy();
  /** Where a finding selected in the open workbook pointed, when its sheet is no longer there. */
  const [notFound, setNotFound] = useState<string | undefined>(undefined);

  /** The core job over every workbook read so far, for the city or the policy chosen; the bars paint first. */
  const consolidateAll = useCallback(async () => {
    send({ type: 'consolidating' });
    // Let the progress bars paint their last state before consolidating on this thread.
    await new Promise((r) => setTimeout(r, 0));
    send({ type: 'consolidated', consolidated: scoped(latest.current, format) });
  }, [send, format]);

  /**
   * Adds files (a later file of the same name replaces the earlier one), reads the new ones, consolidates all.
   * The files go to the parser as they are: each one's bytes are read in its turn, never all at once.
   */
  const addFiles = useCallback(
    async (files: File[]) => {
      const xlsx = files.filter((f) => /\.xlsx$/i.test(f.name));
      const firstId = latest.current.nextId;
      send({ type: 'added', files: xlsx, skipped: files.filter((f) => !xlsx.includes(f)).map((f) => f.name) });
      if (!xlsx.length) return;
      try {
        await parse(
          xlsx.map((f) => ({ name: f.name, data: f })),
          (p) => send({ type: 'progress', id: firstId + p.index, state: p.state, read: p.read }),
        );
        await consolidateAll();
      } catch (e) {
        send({ type: 'failed', detail: errorText(e) });
      }
    },
    [parse, send, consolidateAll],
  );

  /** One policy of a city's workbooks (like `--policy 6`), or the whole city again (undefined). */
  const choosePolicy = async (policy: string | undefined) => {
    send({ type: 'policyChosen', policy });
    try {
      await consolidateAll();
    } catch (e) {
      send({ type: 'failed', detail: errorText(e) });
    }
  };

  const { consolidated } = state;
  const report = consolidated?.scope === 'policy' ? consolidated.report : undefined;
  const city = consolidated?.scope === 'city' ? consolidated.city : undefined;
  const form = consolidated?.scope === 'form' ? consolidated.report : undefined;
  const anyReport = consolidated && reportOf(consolidated);
  const sheetCount = consolidated ? sheetCountOf(consolidated) : 0;
  const policies = useMemo(() => policiesIn(readsOf(state)), [state]);

  const download = () =>
    run(
      t.consolidate.downloading,
      async () => {
        if (!consolidated) return undefined;
        host.saveFile(consolidated.fileName, await host.reportBytes(reportOf(consolidated), lang));
        return t.consolidate.downloaded(consolidated.fileName);
      },
      t.consolidate.failed,
    );

  /** The same site as `seika publish`, zipped: a policy's report, or a form format's. */
  const downloadSite = () =>
    run(
      t.consolidate.makingSite,
      async () => {
        const publishable = report ?? form;
        if (!publishable) return undefined;
        // Loaded on first use: the pane's first screen does not carry the site's renderers.
        const { fileName, bytes } = await (await import('../../publish/zip')).publishedZip(publishable);
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
    send({ type: 'added', files: [{ name: t.consolidate.fromHere, size: 0, live: true }], skipped: [] });
    try {
      send({ type: 'progress', id, state: 'reading' });
      const read = await host.readLive(format);
      send({ type: 'progress', id, state: read.sheets.length ? 'done' : 'failed', read });
      await consolidateAll();
    } catch (e) {
      send({ type: 'failed', detail: errorText(e) });
    }
  };

  /** Excel, the report made from this workbook alone: a finding's cells are selected here (as the チェック tab does). */
  const fromHereOnly = state.entries.length > 0 && state.entries.every((e) => e.live);
  const select = async (g: FindingGroup) => {
    if (!host.selectCell || !g.sheet || !g.range) return;
    const ok = await host.selectCell(g.sheet, g.range);
    setNotFound(ok ? undefined : placeText({ sheet: g.sheet, cell: g.range }));
  };

  return {
    entries: state.entries,
    /** A policy's report (one policy present, or one chosen). */
    report,
    /** The city's report (several policies present, none chosen). */
    city,
    /** A form format's report (its definition's groups and totals). */
    form,
    /** Whichever of the two, as the writers take it. */
    anyReport,
    /** The policies the workbooks read hold, and the one chosen. */
    policies,
    policy: state.policy,
    choosePolicy,
    phase: state.phase,
    notice: state.skipped && t.consolidate.onlyXlsx(state.skipped),
    error: state.failure && t.consolidate.failed(state.failure),
    busy,
    outcome,
    sheetCount,
    select: host.kind === 'excel' && host.selectCell && fromHereOnly ? (g: FindingGroup) => void select(g) : undefined,
    selection: notFound && t.findings.notFound(notFound),
    addFiles,
    consolidateHere: host.kind === 'excel' && host.readLive ? consolidateHere : undefined,
    clear: () => send({ type: 'cleared' }),
    download,
    downloadSite,
  };
}

/** As `seika consolidate` does: the city when the workbooks hold several policies, else one policy's report. */
const scoped = (state: ConsolidateState, format?: BuiltFormat): ScopedResult =>
  consolidateScoped({ workbooks: readsOf(state), policy: state.policy, format: format?.definition });

/** The report's sheets: a policy's plan, 市全体 and every policy's, or a form format's. */
function sheetCountOf(result: ScopedResult): number {
  if (result.scope === 'city') return 1 + result.city.policies.reduce((n, p) => n + planSheets(p.report).length, 0);
  return result.scope === 'policy' ? planSheets(result.report).length : formSheetCount(result.report);
}
