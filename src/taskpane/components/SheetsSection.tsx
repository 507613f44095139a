// このブックのシート (Excel): list the open workbook's tabs, move one up or down, remove one.
import { Button, Text } from '@fluentui/react-components';
import type { SeikaHost } from '../host/types';
import { useWorkbookSheets } from '../hooks/useWorkbookSheets';
import { useStrings } from '../strings';
import { OperationState, Section, useCommonStyles } from './common';

export function SheetsSection({ host }: { host: SeikaHost }) {
  const common = useCommonStyles();
  const t = useStrings();
  const sheets = useWorkbookSheets(host);
  if (!sheets.available) return null;
  const { names } = sheets;
  return (
    <Section title={t.template.sheetsTitle}>
      <div className={common.actions}>
        <Button disabled={!!sheets.busy} onClick={() => void sheets.load()}>
          {t.template.sheetsLoad}
        </Button>
      </div>
      {names && (
        <ul className={common.plainList} aria-label={t.template.sheetsTitle}>
          {names.map((name, i) => (
            <li key={name} className={common.actions}>
              <Text>{name}</Text>
              <Button size="small" appearance="subtle" aria-label={t.template.sheetsUp(name)} disabled={!!sheets.busy || i === 0} onClick={() => void sheets.move(name, -1)}>
                ↑
              </Button>
              <Button size="small" appearance="subtle" aria-label={t.template.sheetsDown(name)} disabled={!!sheets.busy || i === names.length - 1} onClick={() => void sheets.move(name, 1)}>
                ↓
              </Button>
              <Button size="small" appearance="subtle" aria-label={t.template.sheetsRemove(name)} disabled={!!sheets.busy} onClick={() => void sheets.remove(name)}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      <OperationState busy={sheets.busy} outcome={sheets.outcome} />
    </Section>
  );
}
