// 予算の取り込み: choose the budget CSV, its mapping and the department workbook; download the filled
// workbook and list what was filled, what was kept (already entered) and which rows matched nothing. In Excel
// the open workbook is filled, every changed cell is listed old → new, and 元に戻す puts the old values back.
import { Button, Caption1, Text } from '@fluentui/react-components';
import { fiscalYearLabel } from '../../core/era';
import type { SeikaHost } from '../host/types';
import { useBudgetImport, type BudgetInput } from '../hooks/useBudgetImport';
import { useStrings } from '../strings';
import { FilePicker, OperationState, Section, useCommonStyles } from './common';

const ACCEPT: Record<BudgetInput, string | undefined> = { csv: '.csv,text/csv', map: '.json,application/json', workbook: undefined };

export function BudgetSection({ host }: { host: SeikaHost }) {
  const common = useCommonStyles();
  const t = useStrings();
  const budget = useBudgetImport(host);
  const { result } = budget;
  const labels: Record<BudgetInput, string> = { csv: t.yearly.budgetCsv, map: t.yearly.budgetMap, workbook: t.yearly.budgetWorkbook };
  const inputs: BudgetInput[] = budget.here ? ['csv', 'map'] : ['csv', 'map', 'workbook'];
  const kept = result?.changes.filter((c) => c.conflict) ?? [];
  return (
    <Section title={t.yearly.budgetTitle}>
      <Text>{t.yearly.budgetIntro}</Text>
      {inputs.map((input) => (
        <div key={input} className={common.actions}>
          <FilePicker label={labels[input]} inputLabel={labels[input]} accept={ACCEPT[input]} disabled={!!budget.busy} onFiles={(files) => budget.choose(input, files[0])} />
          {budget.files[input] && <Text size={200}>{t.yearly.budgetChosen(t.yearly.budgetInputs[input], budget.files[input]!.name)}</Text>}
        </div>
      ))}
      <div className={common.actions}>
        {budget.here ? (
          <Button appearance="primary" disabled={!budget.readyHere || !!budget.busy} onClick={() => void budget.importHere()}>
            {t.yearly.budgetRunHere}
          </Button>
        ) : (
          <Button appearance="primary" disabled={!budget.ready || !!budget.busy} onClick={() => void budget.importBudget()}>
            {t.yearly.budgetRun}
          </Button>
        )}
      </div>
      {budget.here && <Caption1 className={common.note}>{t.yearly.budgetHereNote}</Caption1>}
      <OperationState busy={budget.busy} outcome={budget.outcome} />
      {budget.edits && budget.edits.length > 0 && (
        <div className={common.tight}>
          <Text weight="semibold">{t.yearly.budgetChanged(budget.edits.length)}</Text>
          <ul className={common.plainList} aria-label={t.yearly.budgetChanged(budget.edits.length)}>
            {budget.edits.map((e) => (
              <li key={`${e.sheet}!${e.address}`}>
                <Text size={200}>{t.yearly.budgetChangeItem(e.sheet, e.address, e.label, e.before === null ? '' : String(e.before), e.after === null ? '' : String(e.after))}</Text>
              </li>
            ))}
          </ul>
          <div className={common.actions}>
            <Button disabled={!!budget.busy} onClick={() => void budget.undo()}>
              {t.yearly.budgetUndo}
            </Button>
          </div>
        </div>
      )}
      {result && (
        <div className={common.tight}>
          <Text weight="semibold">{t.yearly.budgetFilled(result.changes.length - kept.length)}</Text>
          {kept.length > 0 && (
            <>
              <Text weight="semibold">{t.yearly.budgetKept(kept.length)}</Text>
              <ul className={common.plainList} aria-label={t.yearly.budgetKept(kept.length)}>
                {kept.map((c, i) => (
                  <li key={i}>
                    <Text size={200}>{t.yearly.budgetKeptItem(c.project, fiscalYearLabel(c.year), t.yearly.budgetLines[c.line], String(c.before), c.after)}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.unmatchedRows.length > 0 && (
            <>
              <Text weight="semibold">{t.yearly.budgetUnmatched(result.unmatchedRows.length)}</Text>
              <ul className={common.plainList} aria-label={t.yearly.budgetUnmatched(result.unmatchedRows.length)}>
                {result.unmatchedRows.map(({ row, reason }, i) => (
                  <li key={i}>
                    <Text size={200}>{t.yearly.budgetUnmatchedItem(row.line, row.project, t.yearly.budgetReasons[reason])}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.projectsWithoutRows.length > 0 && <Text size={200}>{t.yearly.budgetWithoutRows(result.projectsWithoutRows)}</Text>}
        </div>
      )}
    </Section>
  );
}
