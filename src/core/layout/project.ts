// 事務事業シート: one project, laid out as the printed report's project page.
import { activityBlock, budgetBlock, combine, field, label, part, refRows, resultBlock, textSection, titleRow } from './blocks';
import type { Layout } from './types';

const identity = part({
  labels: [
    label('A4:E4', '事務事業名'),
    label('F4', '新規・継続'),
    label('G4:H4', '施策内順位'),
    label('A6:E6', '会計・款・項・目'),
    label('F6', '所管課'),
    label('G6:H6', '市長公約事項'),
    label('A8', '事業概要'),
  ],
  fields: [
    field('A5:E5', 'ProjectName', '事務事業名', 'text', ['name']),
    field('F5', 'Status', '新規・継続', 'status', ['status']),
    field('G5:H5', 'Rank', '施策内順位', 'rank', ['rank']),
    field('A7:E7', 'Account', '会計・款・項・目', 'text', ['account']),
    field('F7', 'Department', '所管課', 'text', ['department']),
    field('G7:H7', 'Pledge', '市長公約事項', 'pledge', ['pledge']),
    field('B8:H8', 'Summary', '事業概要', 'longText', ['summary']),
  ],
  rowHeights: { 8: 48 },
});

export const projectLayout: Layout = {
  kind: 'project',
  version: 1,
  title: '事務事業シート',
  signature: ['事業概要', '活動指標'],
  columnWidths: [7, 10, 22, 8, 6, 12, 12, 12],
  lastRow: 28,
  ...combine(
    titleRow('事務事業シート'),
    refRows(2, true),
    identity,
    budgetBlock(9),
    activityBlock(16),
    resultBlock(23),
    textSection(25, '特記事項', 'Notes', '特記事項', ['notes'], 36),
    textSection(27, '目標の実現に向けた今後の取り組み', 'NextSteps', '今後の取り組み', ['nextSteps'], 72),
  ),
};
