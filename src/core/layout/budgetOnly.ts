// 事務事業シート（予算のみ）: salaries, transfers, debt service: identity and the input table only.
import { budgetBlock, combine, field, label, part, refRows, titleRow } from './blocks';
import type { Layout } from './types';

const identity = part({
  labels: [label('A4:E4', '事務事業名'), label('F4:H4', '新規・継続'), label('A6:E6', '会計・款・項・目'), label('F6:H6', '所管課')],
  fields: [
    field('A5:E5', 'ProjectName', '事務事業名', 'text', ['name']),
    field('F5:H5', 'Status', '新規・継続', 'status', ['status']),
    field('A7:E7', 'Account', '会計・款・項・目', 'text', ['account']),
    field('F7:H7', 'Department', '所管課', 'text', ['department']),
  ],
});

export const budgetOnlyLayout: Layout = {
  kind: 'budget-only',
  version: 1,
  title: '事務事業シート（予算のみ）',
  signature: ['事務事業シート（予算のみ）'],
  columnWidths: [7, 10, 22, 8, 6, 12, 12, 12],
  lastRow: 15,
  ...combine(titleRow('事務事業シート（予算のみ）'), refRows(2, true), identity, budgetBlock(9)),
};
