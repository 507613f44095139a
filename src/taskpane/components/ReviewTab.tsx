// 確認状況: each sheet's review state with who and when; buttons move it one step on or back to 作成中 with a reason.
// Inside Excel the open workbook is changed; in a browser the chosen workbooks are shown and a changed copy downloaded.
import { Badge, Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { groupFindings } from '../../core/findings/group';
import { returnNote } from '../../core/review/names';
import { REFUSAL_TEXT, REVIEW_STATES, UNREVIEWED, type ReviewState } from '../../core/review/state';
import type { ReadSheet } from '../../core/source';
import type { SeikaHost } from '../host/types';
import { useReview } from '../hooks/useReview';
import type { ParseFiles } from '../parse/types';
import { useLang, useStrings } from '../strings';
import { FilePicker, Notice, OperationState, Section, useCommonStyles } from './common';
import { FindingsView } from './FindingsView';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  reason: { minWidth: '12em', flexGrow: 1 },
});

/** The state after this one, or none after 提出済. */
function nextState(state: ReviewState): ReviewState | undefined {
  return REVIEW_STATES[REVIEW_STATES.indexOf(state) + 1];
}

export function ReviewTab({ host, parse }: { host: SeikaHost; parse: ParseFiles }) {
  const common = useCommonStyles();
  const t = useStrings();
  const lang = useLang();
  const review = useReview(host, parse);
  const { refusal } = review;
  return (
    <div className={common.stack}>
      <Text>{review.excel ? t.review.introExcel : t.review.introBrowser}</Text>
      <div className={common.actions}>
        {review.excel ? (
          <Button appearance="primary" disabled={!!review.busy} onClick={() => void review.load()}>
            {review.books.length ? t.review.reload : t.review.load}
          </Button>
        ) : (
          <FilePicker appearance="primary" multiple label={t.review.choose} inputLabel={t.review.chooseInput} disabled={!!review.busy} onFiles={(files) => void review.choose(files)} />
        )}
      </div>
      <Field label={t.review.who} hint={t.review.whoHint}>
        <Input value={review.who} onChange={(_, d) => review.setWho(d.value)} />
      </Field>
      {!review.excel && review.books.length > 0 && <Text size={200} className={common.note}>{t.review.copyNote}</Text>}
      <OperationState busy={review.busy} outcome={review.outcome} />
      {refusal && (
        <Notice intent="error">
          {t.review.refused(refusal.sheet, refusal.from, refusal.to, REFUSAL_TEXT[refusal.refusal][lang])}
        </Notice>
      )}
      {refusal && refusal.errors.length > 0 && (
        <Section title={t.review.errorsHeading(groupFindings(refusal.errors).length)} level={4}>
          <FindingsView findings={refusal.errors} onSelect={review.excel ? (g) => void review.select(g) : undefined} />
        </Section>
      )}
      {review.books.map((book, index) => (
        <Section key={`${index}-${book.read.file}`} title={book.read.file}>
          {book.read.problems.length > 0 && <Notice intent="warning">{t.review.unreadable(book.read.problems.map((p) => t.problems[p.code]).join('、'))}</Notice>}
          {book.read.sheets.length === 0 ? (
            <Text>{t.review.noSheets}</Text>
          ) : (
            <ul className={common.plainList} aria-label={t.review.listLabel(book.read.file)}>
              {book.read.sheets.map((sheet) => (
                <SheetRow key={sheet.source.sheetName} sheet={sheet} index={index} review={review} />
              ))}
            </ul>
          )}
        </Section>
      ))}
    </div>
  );
}

function SheetRow({ sheet, index, review }: { sheet: ReadSheet; index: number; review: ReturnType<typeof useReview> }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const t = useStrings();
  const name = sheet.source.sheetName;
  const record = sheet.review ?? UNREVIEWED;
  const next = nextState(record.state);
  const note = returnNote(record);
  return (
    <li className={styles.sheet} aria-label={name}>
      <div className={common.actions}>
        <Text weight="semibold">{name}</Text>
        <Badge appearance={record.state === '提出済' ? 'filled' : 'outline'} color={record.state === '提出済' ? 'success' : 'informative'}>
          {record.state}
        </Badge>
        {(record.by || record.at) && <Text size={200}>{t.review.byAt(record.by ?? '', record.at ?? '')}</Text>}
      </div>
      {note && <Text size={200}>{note}</Text>}
      <div className={common.actions}>
        {next && (
          <Button size="small" aria-label={t.review.advanceLabel(name, next)} disabled={!!review.busy} onClick={() => void review.move(index, name, next)}>
            {t.review.advance(next)}
          </Button>
        )}
        {record.state !== '作成中' && (
          <>
            <Input
              className={styles.reason}
              size="small"
              aria-label={t.review.reason(name)}
              placeholder={t.review.reasonPlaceholder}
              value={review.reason(index, name)}
              onChange={(_, d) => review.setReason(index, name, d.value)}
            />
            <Button size="small" aria-label={t.review.returnLabel(name)} disabled={!!review.busy} onClick={() => void review.move(index, name, '作成中')}>
              {t.review.returnToDraft}
            </Button>
          </>
        )}
      </div>
    </li>
  );
}
