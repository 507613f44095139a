// A sheet whose defined names were lost was read by its labels: the values may sit elsewhere than read.
import { displayLabel } from '../layout/sheetData';
import type { FieldCell, ReadSheet } from '../source';
import { fieldCells, sheetPlace, sheetRule } from './define';
import type { Place } from './types';

/** How many of the fields not found are named in the message; the rest are counted. */
const LISTED = 5;

function listed(read: ReadSheet, cells: FieldCell[]): string {
  const names = cells.slice(0, LISTED).map((c) => displayLabel(c.field, read.sheet.reportYear));
  return cells.length > LISTED ? `${names.join('、')} ほか` : names.join('、');
}

export const labelFallbackRule = sheetRule({
  id: 'label-fallback',
  severity: 'warning',
  description: { ja: '名前（定義された名前）が失われ、見出しの文字から読み取ったシート', en: 'A sheet read by its labels because its defined names were lost' },
  messages: {
    ja: {
      foundByLabels:
        'このシートは名前（定義された名前）が失われていたため、{found} 項目を見出しの文字から探して読み取りました（値を普通のシートに貼り付けた、または手で作り直したシートと思われます）。読み取った位置がずれていることがあります。配布した新しいテンプレートに入力し直してください。',
      notFound:
        'このシートは名前（定義された名前）が失われていたため、{found} 項目を見出しの文字から探して読み取り、{missing} 項目（{fields}）は見つからず読み取っていません。配布した新しいテンプレートに入力し直してください。',
    },
    en: {
      foundByLabels:
        "This sheet's defined names were lost, so {found} fields were found by their labels (values pasted into a plain sheet, or a sheet rebuilt by hand?); they may have been read from the wrong cells. Re-enter the sheet in a fresh template.",
      notFound:
        "This sheet's defined names were lost: {found} fields were found by their labels and {missing} ({fields}) were not found and not read. Re-enter the sheet in a fresh template.",
    },
  },
  check(read: ReadSheet) {
    if (read.source.readBy !== 'labels') return [];
    const byLabel = fieldCells(read, (c) => c.located === 'label');
    const missing = fieldCells(read, (c) => c.located === 'missing');
    const first = byLabel[0]?.address;
    const at: Place = first ? { ...sheetPlace(read), cell: first } : sheetPlace(read);
    if (!missing.length) return [{ messageId: 'foundByLabels' as const, data: { found: byLabel.length }, at }];
    return [{ messageId: 'notFound' as const, data: { found: byLabel.length, missing: missing.length, fields: listed(read, missing) }, at }];
  },
});
