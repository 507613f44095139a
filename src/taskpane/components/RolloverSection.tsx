// 年度更新: choose last year's workbook, then insert next year's sheets into this workbook or open them as a new
// workbook (Excel), or download them (browser).
import { Button, Caption1, Text } from '@fluentui/react-components';
import type { SeikaHost } from '../host/types';
import { useRollover } from '../hooks/useRollover';
import { useStrings } from '../strings';
import { FilePicker, OperationState, Section, useCommonStyles } from './common';

export function RolloverSection({ host }: { host: SeikaHost }) {
  const common = useCommonStyles();
  const t = useStrings();
  const roll = useRollover(host);
  const excel = host.kind === 'excel' && !!host.insertSheets;
  const { source } = roll;
  return (
    <Section title={t.yearly.rolloverTitle}>
      <Text>{t.yearly.rolloverIntro}</Text>
      <div className={common.actions}>
        <FilePicker label={t.yearly.rolloverChoose} inputLabel={t.yearly.rolloverChoose} disabled={!!roll.busy} onFiles={(files) => void roll.choose(files[0])} />
        {source &&
          (excel ? (
            <>
              <Button appearance="primary" disabled={!!roll.busy} onClick={() => void roll.insert()}>
                {t.yearly.rolloverInsert}
              </Button>
              {roll.openNew && (
                <Button disabled={!!roll.busy} onClick={() => void roll.openNew?.()}>
                  {t.yearly.rolloverOpenNew}
                </Button>
              )}
            </>
          ) : (
            <Button appearance="primary" disabled={!!roll.busy} onClick={() => void roll.download()}>
              {t.yearly.rolloverDownload}
            </Button>
          ))}
      </div>
      {source && (
        <>
          <Text size={200}>{t.yearly.rolloverChosen(source.file, roll.fromLabel ?? '', roll.toLabel ?? '')}</Text>
          <Caption1 className={common.note}>{t.yearly.rolloverToFill(roll.toLabel ?? '')}</Caption1>
        </>
      )}
      <OperationState busy={roll.busy} outcome={roll.outcome} />
    </Section>
  );
}
