// 施策シート: one measure, its goals and up to three outcome indicators (成果指標).
import { colLetters } from '../cells';
import { combine, field, label, part, refRows, resultBlock, slotRow, textSection, titleRow, withYear, yearLabelCells } from './blocks';
import type { Layout, LayoutPart, PathSeg } from './types';

const PLAN_YEARS = [-2, -1, 0, 1];
const ACTUAL_YEARS = [-2, -1, 0];

/** One 成果指標: six rows from `top` (name, reason, formula, year header, plan, actual). */
function outcomeBlock(top: number, slot: number): LayoutPart {
  const n = slot + 1;
  const path = (...rest: PathSeg[]): PathSeg[] => ['outcomes', slot, ...rest];
  const yearCol = (i: number) => colLetters(4 + i);
  return combine(
    part({
      labels: [
        label(`A${top}`, `指標名${n}`),
        label(`G${top}`, '単位'),
        label(`A${top + 1}`, '設定理由'),
        label(`A${top + 2}`, '算式'),
        label(`F${top + 2}:G${top + 2}`, '良い方向'),
        label(`A${top + 3}:B${top + 3}`, '計画策定時'),
        label(`C${top + 3}`, ''),
        label(`C${top + 4}`, '計画'),
        label(`C${top + 5}`, '実績'),
      ],
      fields: [
        field(`B${top}:F${top}`, `Outcome${n}Name`, `成果指標${n} 指標名`, 'text', path('name')),
        field(`H${top}`, `Outcome${n}Unit`, `成果指標${n} 単位`, 'text', path('unit')),
        field(`B${top + 1}:H${top + 1}`, `Outcome${n}Reason`, `成果指標${n} 設定理由`, 'longText', path('reason')),
        field(`B${top + 2}:E${top + 2}`, `Outcome${n}Formula`, `成果指標${n} 算式`, 'text', path('formula')),
        field(`H${top + 2}`, `Outcome${n}Direction`, `成果指標${n} 良い方向`, 'direction', path('lowerIsBetter')),
        field(`A${top + 4}:B${top + 5}`, `Outcome${n}Baseline`, `成果指標${n} 計画策定時`, 'measurement', path('baseline')),
        ...PLAN_YEARS.map((year, i) =>
          field(`${yearCol(i)}${top + 4}`, `Outcome${n}Plan_${i + 1}`, `成果指標${n} 計画`, 'measurement', path('plan', { year })),
        ),
        ...ACTUAL_YEARS.map((year, i) =>
          field(`${yearCol(i)}${top + 5}`, `Outcome${n}Actual_${i + 1}`, `成果指標${n} 実績`, 'measurement', path('actual', { year })),
        ),
      ],
      rowHeights: { [top + 1]: 30 },
    }),
    yearLabelCells(`Outcome${n}`, top + 3, 4, PLAN_YEARS),
  );
}

export const measureLayout: Layout = {
  kind: 'measure',
  version: 1,
  title: '施策シート',
  signature: ['成果指標（アウトカム）', '現状と課題'],
  columnWidths: [10, 10, 7, 12, 12, 12, 12, 12],
  lastRow: 42,
  ...combine(
    titleRow('施策シート'),
    refRows(2, true),
    part({ labels: [label('A4', '所管')], fields: [field('B4:H4', 'Department', '所管', 'text', ['department'])] }),
    slotRow(5, '関連', 'Related', '関連', 'related', ['B5:C5', 'D5:E5', 'F5', 'G5', 'H5']),
    textSection(6, '現状と課題', 'Issues', '現状と課題', ['issues'], 72),
    textSection(8, '方針（目的）', 'Purpose', '方針（目的）', ['purpose'], 48),
    textSection(10, withYear('重点方針と目標'), 'Priorities', '重点方針と目標', ['priorities'], 48),
    textSection(12, '目標（計画）', 'GoalPlan', '目標（計画）', ['goalPlan'], 60),
    textSection(14, '目標（設定理由）', 'GoalReason', '目標（設定理由）', ['goalReason'], 60),
    resultBlock(16),
    part({ labels: [label('A18:H18', '成果指標（アウトカム）', 'section')] }),
    outcomeBlock(19, 0),
    outcomeBlock(25, 1),
    outcomeBlock(31, 2),
    textSection(37, '目標の実現に向けた今後の取り組み', 'NextSteps', '今後の取り組み', ['nextSteps'], 72),
    textSection(39, '個別計画', 'Plans', '個別計画', ['plans'], 30),
    textSection(41, '特記事項', 'Notes', '特記事項', ['notes'], 48),
  ),
};
