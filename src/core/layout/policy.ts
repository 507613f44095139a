// 政策シート: the policy header the planning division fills: mission, directions and the list of measures.
import { combine, field, label, part, refRows, slotRow, textSection, titleRow } from './blocks';
import type { Layout, LayoutPart } from './types';

const MISSION_SLOTS = 6;
const DIRECTION_SLOTS = 6;
const MEASURE_SLOTS = 10;

function bulletList(top: number, heading: string, name: string, fieldLabel: string, key: string, slots: number, height: number): LayoutPart {
  return part({
    labels: [label(`A${top}:H${top}`, heading, 'section')],
    fields: Array.from({ length: slots }, (_, i) => field(`A${top + 1 + i}:H${top + 1 + i}`, `${name}_${i + 1}`, `${fieldLabel}${i + 1}`, 'longText', [key, i])),
    rowHeights: Object.fromEntries(Array.from({ length: slots }, (_, i) => [top + 1 + i, height])),
  });
}

function measureList(top: number): LayoutPart {
  const rows = Array.from({ length: MEASURE_SLOTS }, (_, i) => top + 1 + i);
  return part({
    labels: [label(`A${top}`, '施策番号'), label(`B${top}:H${top}`, '施策名')],
    fields: rows.flatMap((r, i) => [
      field(`A${r}`, `MeasureNumber_${i + 1}`, `施策番号${i + 1}`, 'code', ['measures', i, 'number']),
      field(`B${r}:H${r}`, `MeasureName_${i + 1}`, `施策名${i + 1}`, 'text', ['measures', i, 'name']),
    ]),
  });
}

const directionsTop = 5 + MISSION_SLOTS + 1;
const nextStepsTop = directionsTop + DIRECTION_SLOTS + 1;
const measuresTop = nextStepsTop + 2;

export const policyLayout: Layout = {
  kind: 'policy',
  version: 1,
  title: '政策シート',
  signature: ['ミッション'],
  columnWidths: [10, 10, 10, 12, 12, 12, 12, 12],
  lastRow: measuresTop + MEASURE_SLOTS,
  ...combine(
    titleRow('政策シート'),
    refRows(2, false),
    part({ labels: [label('A3', '所管')], fields: [field('B3:H3', 'Department', '所管（部）', 'text', ['department'])] }),
    slotRow(4, '関連', 'Related', '関連（部）', 'related', ['B4:D4', 'E4:F4', 'G4:H4']),
    bulletList(5, 'ミッション', 'Mission', 'ミッション', 'mission', MISSION_SLOTS, 30),
    bulletList(directionsTop, '方針', 'Direction', '方針', 'directions', DIRECTION_SLOTS, 60),
    textSection(nextStepsTop, '目標の実現に向けた今後の取り組み', 'NextSteps', '今後の取り組み', ['nextSteps'], 96),
    measureList(measuresTop),
  ),
};
