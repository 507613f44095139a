// 様式: which report format the tabs work in, a built-in one or (in a browser) a definition file the user chooses.
import { Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { FormatChoice } from '../hooks/useFormatChoice';
import { useLang, useStrings } from '../strings';
import { FilePicker, Notice } from './common';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
});

export function FormatPicker({ choice, fileMode }: { choice: FormatChoice; fileMode: boolean }) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const { definition } = choice.chosen;
  return (
    <div className={styles.root}>
      <Field label={t.format.label} hint={choice.fromWorkbook ? t.format.fromWorkbook(definition.name[lang]) : t.format.hint}>
        <Select value={definition.id} onChange={(_, d) => choice.choose(d.value)}>
          {choice.formats.map((f) => (
            <option key={f.definition.id} value={f.definition.id}>
              {`${f.definition.name[lang]}（${f.definition.id}/${f.definition.version}）`}
            </option>
          ))}
        </Select>
      </Field>
      {fileMode && (
        <div>
          <FilePicker label={t.format.file} inputLabel={t.format.file} accept=".json,application/json" onFiles={(files) => void choice.chooseFile(files[0])} />
          <Caption1 className={styles.note}> {t.format.fileHint}</Caption1>
        </div>
      )}
      {choice.error && <Notice intent="error">{t.format.fileInvalid(choice.error.file, choice.error.problems)}</Notice>}
    </div>
  );
}
