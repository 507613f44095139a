// 集約 (planning division): choose or drop the departments' workbooks, watch each one being read off the
// pane's thread, then see the consolidated report (the city's when they hold several policies, the policy
// chosen, or a form format's) and download it or write its sheets into this workbook.
import { useState, type DragEvent } from 'react';
import { Button, Caption1, Field, ProgressBar, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { BuiltFormat } from '../../core/format/buildLayout';
import type { SeikaHost } from '../host/types';
import { useConsolidate, type FileEntry } from '../hooks/useConsolidate';
import { useLiveReport } from '../hooks/useLiveReport';
import type { ParseFiles } from '../parse/types';
import { useLang, useStrings } from '../strings';
import { FilePicker, Notice, useCommonStyles } from './common';
import { LiveReportPanel } from './LiveReportPanel';
import { CityView } from './CityView';
import { FormReportView } from './FormReportView';
import { ReportView, type ReportActions } from './ReportView';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  files: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function DropZone({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const styles = useStyles();
  const t = useStrings();
  const [dragging, setDragging] = useState(false);
  const over = (e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setDragging(!disabled);
  };
  return (
    <div
      role="group"
      aria-label={t.consolidate.dropZone}
      className={mergeClasses(styles.drop, dragging && styles.dragging)}
      onDragEnter={over}
      onDragOver={over}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!disabled) onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <Text weight="semibold">{t.consolidate.dropHere}</Text>
      <FilePicker appearance="primary" multiple disabled={disabled} label={t.consolidate.choose} inputLabel={t.consolidate.inputLabel} onFiles={onFiles} />
    </div>
  );
}

function FileProgress({ entry }: { entry: FileEntry }) {
  const t = useStrings();
  const text =
    entry.state === 'waiting'
      ? t.consolidate.fileWaiting
      : entry.state === 'reading'
        ? t.consolidate.fileReading
        : entry.state === 'done'
          ? t.consolidate.fileRead(entry.read?.sheets.length ?? 0)
          : t.consolidate.fileUnreadable;
  return (
    <Field
      label={entry.name}
      validationState={entry.state === 'failed' ? 'error' : entry.state === 'done' ? 'success' : 'none'}
      validationMessage={text}
    >
      <ProgressBar
        value={entry.state === 'reading' ? undefined : entry.state === 'waiting' ? 0 : 1}
        color={entry.state === 'failed' ? 'error' : entry.state === 'done' ? 'success' : 'brand'}
        thickness="large"
      />
    </Field>
  );
}

export function ConsolidateTab({ host, parse, format }: { host: SeikaHost; parse: ParseFiles; format?: BuiltFormat }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const t = useStrings();
  const lang = useLang();
  const c = useConsolidate(host, parse, lang, format);
  const live = useLiveReport(host, c.anyReport, lang);
  const reading = c.phase === 'reading' || c.phase === 'consolidating';
  const done = c.entries.filter((e) => e.state === 'done' || e.state === 'failed').length;
  // Every bar while reading; afterwards only the unreadable files, the rest on request (the report matters more).
  const [showAll, setShowAll] = useState(false);
  const listed = reading || showAll ? c.entries : c.entries.filter((e) => e.state === 'failed');
  const actions: ReportActions = {
    busy: c.busy,
    outcome: c.outcome,
    download: () => void c.download(),
    writeHere: live.available ? live.writeHere : undefined,
    writing: !!live.busy || !!live.confirming,
    live: live.available ? <LiveReportPanel live={live} /> : undefined,
    sheetCount: c.sheetCount,
    select: c.select,
  };
  return (
    <div className={common.stack}>
      <Text>{t.consolidate.intro}</Text>
      <DropZone disabled={reading} onFiles={(files) => void c.addFiles(files)} />
      {c.consolidateHere && (
        <div className={common.tight}>
          <div className={common.actions}>
            <Button disabled={reading} onClick={() => void c.consolidateHere?.()}>
              {t.consolidate.fromHere}
            </Button>
          </div>
          <Caption1 className={common.note}>{t.consolidate.fromHereNote}</Caption1>
        </div>
      )}
      {c.notice && <Notice intent="warning">{c.notice}</Notice>}
      {c.entries.length > 0 && (
        <section aria-label={t.consolidate.progress(done, c.entries.length)} className={common.tight}>
          <div className={common.actions}>
            <Text role="status" weight="semibold">
              {t.consolidate.progress(done, c.entries.length)}
            </Text>
          </div>
          {!reading && (
            <div className={common.actions}>
              <Button size="small" appearance="secondary" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
                {showAll ? t.consolidate.hideFiles : t.consolidate.showFiles(c.entries.length)}
              </Button>
              <Button size="small" appearance="subtle" onClick={c.clear}>
                {t.consolidate.clear}
              </Button>
            </div>
          )}
          <ul className={styles.files}>
            {listed.map((e) => (
              <li key={e.id}>
                <FileProgress entry={e} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.phase === 'consolidating' && (
        <Field validationMessage={t.consolidate.consolidating} validationState="none">
          <ProgressBar aria-label={t.consolidate.consolidating} />
        </Field>
      )}
      {c.error && <Notice intent="error">{c.error}</Notice>}
      {c.policies.length > 1 && (
        <Field label={t.consolidate.scopeLabel}>
          <Select disabled={reading} value={c.policy ?? ''} onChange={(_, d) => void c.choosePolicy(d.value || undefined)}>
            <option value="">{t.consolidate.scopeCity(c.policies.length)}</option>
            {c.policies.map((p) => (
              <option key={p} value={p}>
                {t.consolidate.policyName(p)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {c.selection && <Notice intent="warning">{c.selection}</Notice>}
      {c.form && <FormReportView report={c.form} actions={{ ...actions, downloadSite: () => void c.downloadSite() }} />}
      {c.city && <CityView city={c.city} actions={actions} />}
      {c.report && <ReportView report={c.report} policy={c.policy} actions={{ ...actions, downloadSite: () => void c.downloadSite() }} />}
    </div>
  );
}
