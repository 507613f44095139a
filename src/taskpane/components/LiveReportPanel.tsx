// Writing the report into this workbook (Excel): the confirmation before an earlier run's sheets are replaced,
// progress per batch of sheets with a cancel button, and the outcome.
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { useLiveReport } from '../hooks/useLiveReport';
import { useStrings } from '../strings';
import { Notice, OperationState, useCommonStyles } from './common';

export function LiveReportPanel({ live }: { live: ReturnType<typeof useLiveReport> }) {
  const common = useCommonStyles();
  const t = useStrings();
  return (
    <div className={common.tight}>
      {live.confirming && (
        <>
          <Notice intent="warning">{t.consolidate.confirmReplace(live.confirming)}</Notice>
          <div className={common.actions}>
            <Button appearance="primary" onClick={live.confirmReplace}>
              {t.consolidate.replace}
            </Button>
            <Button onClick={live.keepEarlier}>{t.consolidate.keepEarlier}</Button>
          </div>
        </>
      )}
      {live.busy && live.progress && (
        <Field validationMessage={t.consolidate.writeProgress(live.progress.done, live.progress.total)} validationState="none">
          <ProgressBar value={live.progress.done / live.progress.total} aria-label={t.consolidate.writeProgress(live.progress.done, live.progress.total)} />
        </Field>
      )}
      {live.busy && (
        <div className={common.actions}>
          <Button size="small" onClick={live.cancel}>
            {t.consolidate.cancelWrite}
          </Button>
        </div>
      )}
      <OperationState busy={live.busy} outcome={live.outcome} />
    </div>
  );
}
