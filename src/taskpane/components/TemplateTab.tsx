// テンプレート: which sheet to make (kind, fiscal year with its era label, policy / measure / department),
// then insert it into the open workbook (Excel) or download it as an .xlsx (browser).
import { Button, Caption1, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BuiltFormat } from '../../core/format/buildLayout';
import { isBuiltinKind } from '../../core/model';
import type { SeikaHost } from '../host/types';
import { hasCopies, kindLabel, MAX_COPIES, useTemplate } from '../hooks/useTemplate';
import { useLang, useStrings } from '../strings';
import { OperationState, useCommonStyles } from './common';
import { RolloverSection } from './RolloverSection';
import { SheetsSection } from './SheetsSection';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalM },
  input: { minWidth: 0, width: '100%' },
  kindHint: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export function TemplateTab({ host, format }: { host: SeikaHost; format: BuiltFormat }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const t = useStrings();
  const lang = useLang();
  const tpl = useTemplate(host, format);
  const { form, errors } = tpl;
  const excel = host.kind === 'excel' && !!host.insertSheets;
  const disabled = !tpl.valid || !!tpl.busy;
  return (
    <div className={common.stack}>
      <Text>{t.template.intro}</Text>
      <Field label={t.template.kind}>
        <RadioGroup value={form.kind} onChange={(_, d) => tpl.update('kind', d.value)}>
          {tpl.kinds.map((k) => (
            <Radio
              key={k}
              value={k}
              label={
                <>
                  {kindLabel(t, format, k)}
                  <Caption1 className={styles.kindHint}>{isBuiltinKind(k) ? t.kinds[k].hint : t.format.ownKindHint(format.definition.name[lang])}</Caption1>
                </>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t.template.year}
        hint={tpl.eraLabel ? t.template.yearHint(tpl.eraLabel) : undefined}
        validationMessage={errors.year}
        validationState={errors.year ? 'error' : 'none'}
      >
        <Input type="number" inputMode="numeric" min={1989} max={2200} value={form.year} onChange={(_, d) => tpl.update('year', d.value)} />
      </Field>
      {isBuiltinKind(form.kind) && (
        <div className={styles.pair}>
          <Field label={t.template.policy} validationMessage={errors.policy} validationState={errors.policy ? 'error' : 'none'}>
            <Input className={styles.input} value={form.policy} placeholder={t.template.policyPlaceholder} onChange={(_, d) => tpl.update('policy', d.value)} />
          </Field>
          {form.kind !== 'policy' && (
            <Field label={t.template.measure} validationMessage={errors.measure} validationState={errors.measure ? 'error' : 'none'}>
              <Input className={styles.input} value={form.measure} placeholder={t.template.measurePlaceholder} onChange={(_, d) => tpl.update('measure', d.value)} />
            </Field>
          )}
        </div>
      )}
      <Field label={t.template.department}>
        <Input value={form.department} placeholder={t.template.departmentPlaceholder} onChange={(_, d) => tpl.update('department', d.value)} />
      </Field>
      {hasCopies(form.kind) && (
        <Field label={t.template.copies} hint={t.template.copiesHint} validationMessage={errors.copies} validationState={errors.copies ? 'error' : 'none'}>
          <Input type="number" inputMode="numeric" min={1} max={MAX_COPIES} value={form.copies} onChange={(_, d) => tpl.update('copies', d.value)} />
        </Field>
      )}
      <div className={common.actions}>
        {excel ? (
          <>
            <Button appearance="primary" disabled={disabled} onClick={() => void tpl.insert()}>
              {t.template.insert}
            </Button>
            <Button disabled={disabled} onClick={() => void tpl.addProject()}>
              {t.template.addProject}
            </Button>
          </>
        ) : (
          <Button appearance="primary" disabled={disabled} onClick={() => void tpl.download()}>
            {t.template.download}
          </Button>
        )}
      </div>
      <OperationState busy={tpl.busy} outcome={tpl.outcome} />
      <Caption1 className={common.note}>{excel ? t.template.removeNoteExcel : t.template.noteBrowser}</Caption1>
      <SheetsSection host={host} />
      <RolloverSection host={host} />
    </div>
  );
}
