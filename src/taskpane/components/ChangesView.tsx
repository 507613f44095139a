// 前年度からの変更: what changed since last year's workbook, in the pane's language, beside the findings.
import { Text } from '@fluentui/react-components';
import { describeChange } from '../../core/diff/describe';
import type { Change } from '../../core/diff/types';
import { useLang, useStrings } from '../strings';
import { Notice, Section, useCommonStyles } from './common';

export function ChangesView({ changes }: { changes: Change[] }) {
  const common = useCommonStyles();
  const t = useStrings();
  const lang = useLang();
  return (
    <Section title={t.yearly.changesHeading} level={4}>
      {changes.length === 0 ? (
        <Notice intent="info">{t.yearly.changesNone}</Notice>
      ) : (
        <>
          <Text size={200}>{t.yearly.changesCount(changes.length)}</Text>
          <ul className={common.plainList} aria-label={t.yearly.changesHeading}>
            {changes.map((c, i) => (
              <li key={i}>
                <Text size={200} weight="semibold">
                  {c.subject}
                </Text>
                <Text size={200}>{` ${describeChange(c, lang)}`}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
