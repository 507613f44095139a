// チェック: check the open workbook (Excel) or a chosen department workbook (browser) against every rule,
// and show the findings grouped by sheet; inside Excel a finding selects its cell.
import type { BuiltFormat } from '../../core/format/buildLayout';
import { Button, ProgressBar, Text, Field } from '@fluentui/react-components';
import type { SeikaHost } from '../host/types';
import { useCheck } from '../hooks/useCheck';
import type { ParseFiles } from '../parse/types';
import { useLang, useStrings } from '../strings';
import { FilePicker, Notice, useCommonStyles } from './common';
import { BudgetSection } from './BudgetSection';
import { ChangesView } from './ChangesView';
import { FindingsView } from './FindingsView';

export function CheckTab({ host, parse, format }: { host: SeikaHost; parse: ParseFiles; format: BuiltFormat }) {
  const common = useCommonStyles();
  const t = useStrings();
  const lang = useLang();
  const check = useCheck(host, parse, format);
  const excel = host.kind === 'excel' && !!host.readLive;
  const { result } = check;
  const time = result?.at.toLocaleTimeString(lang === 'ja' ? 'ja-JP' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <div className={common.stack}>
      <Text>{excel ? t.check.introExcel : t.check.introBrowser}</Text>
      <div className={common.actions}>
        {excel ? (
          <Button appearance="primary" disabled={check.busy} onClick={() => void (result ? check.recheck() : check.checkLive())}>
            {result ? t.check.rerun : t.check.run}
          </Button>
        ) : (
          <>
            <FilePicker
              appearance="primary"
              label={t.check.choose}
              inputLabel={t.check.choose}
              disabled={check.busy}
              onFiles={(files) => void check.checkFile(files[0])}
            />
            {check.file && (
              <Button disabled={check.busy} onClick={() => void check.recheck()}>
                {t.check.rerun}
              </Button>
            )}
          </>
        )}
      </div>
      {!excel && check.file && <Text size={200}>{t.check.chosen(check.file.name)}</Text>}
      <div className={common.actions}>
        <FilePicker
          label={t.yearly.previousChoose}
          inputLabel={t.yearly.previousInput}
          disabled={check.busy}
          onFiles={(files) => check.setPrevious(files[0])}
        />
        {check.previousFile && (
          <Button disabled={check.busy} onClick={() => check.setPrevious(undefined)}>
            {t.yearly.previousClear}
          </Button>
        )}
      </div>
      {check.previousFile && <Text size={200}>{t.yearly.previousChosen(check.previousFile.name)}</Text>}
      {check.busy && (
        <Field validationMessage={check.phase === 'reading' ? t.check.reading : t.check.checking} validationState="none">
          <ProgressBar aria-label={check.phase === 'reading' ? t.check.reading : t.check.checking} />
        </Field>
      )}
      {check.error && <Notice intent="error">{check.error}</Notice>}
      {check.selection && <Notice intent="warning">{check.selection}</Notice>}
      {result && !check.busy && (
        <section aria-label={t.findings.heading} className={common.stack}>
          <Text weight="semibold">{t.check.checkedAt(result.workbook.file, time ?? '')}</Text>
          {result.findings.length === 0 ? (
            <Notice intent="success">{t.check.clean}</Notice>
          ) : (
            <>
              <Text size={200} className={common.note}>
                {excel ? t.findings.selectHint : t.findings.browserHint}
              </Text>
              <FindingsView findings={result.findings} onSelect={excel ? (g) => void check.select(g) : undefined} />
            </>
          )}
          {result.changes && <ChangesView changes={result.changes} />}
        </section>
      )}
      <BudgetSection host={host} />
    </div>
  );
}
