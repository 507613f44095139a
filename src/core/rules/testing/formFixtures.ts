// A valid sheet of the full-cost format (src/formats/fullcost.json), 市民活動支援事業 from the seed in 円, for the
// cases of the rules that format uses to change one cell at a time.
import { FULLCOST } from '../../format/builtin';
import { buildLayout } from '../../format/buildLayout';
import { FormatDefinition } from '../../format/schema';
import { sheetFromFields } from '../../layout/sheetData';
import type { FormSheet, Value } from '../../model';

const inputs: Record<string, Value> = {
  ProjectCode: '06-01-02-003',
  ProjectName: '市民活動支援事業',
  Department: '市民課',
  Section: '市民活動係',
  MeasureNumber: '6-1',
  StartYear: '平成20年度',
  EndYear: '終期なし',
  Mode: '一部委託',
  Obligation: '任意',
  Purpose: '施策「協働によるまちづくりを推進します」の実現に向け、市民活動を支援する。',
  Content: '市民活動の拠点施設の運営\n市民活動促進事業補助金の交付による活動支援',
  AverageSalary: 7_800_000,
  Other_1: 328_000,
  General_1: 6_720_000,
  Staff_1: 0.6,
  Other_2: 330_000,
  General_2: 6_834_000,
  Staff_2: 0.6,
  Other_3: 330_000,
  General_3: 6_900_000,
  Staff_3: 0.5,
  Activity1Name: '活動団体・ボランティアの紹介数',
  Activity1Unit: '件',
  Activity1Better: '大きいほど良い',
  Activity1Target_1: 290,
  Activity1Actual_1: 448,
  Activity1Target_2: 300,
  Activity1Actual_2: 558,
  Necessity: 'A',
  NecessityReason: '市が担うべき事業で、市民の需要も高い。',
  Effectiveness: 'B',
  EffectivenessReason: '一定の成果はあるが、目標に届かない指標がある。',
  Efficiency: 'B',
  EfficiencyReason: '委託や事務の見直しで経費を抑える余地がある。',
  Outlook: '継続',
  Findings: '市民活動を支援するための補助金交付制度を継続した。',
  ManagerComment: null,
};

export const FULLCOST_EVALUATION_LAYOUT = buildLayout(FULLCOST, FULLCOST.sheets[0]);

/** The sheet as a reader gives it: 事業費, 人件費, トータルコスト and 達成率 computed from the inputs. */
export const validEvaluation = sheetFromFields(FULLCOST_EVALUATION_LAYOUT, 2019, (f) => inputs[f.name] ?? null) as FormSheet;

/** The same sheet with some inputs changed, the derived values computed again. */
export function evaluationWith(changes: Record<string, Value>): FormSheet {
  const values = { ...inputs, ...changes };
  return sheetFromFields(FULLCOST_EVALUATION_LAYOUT, 2019, (f) => values[f.name] ?? null) as FormSheet;
}

/** The context the full-cost format's rules are checked in: its definition gives their parameters. */
export const FULLCOST_CTX = { format: FULLCOST };

/** A variant of the format where staff type 人件費 themselves (no live formula), and its layout. */
export const TYPED_STAFF_COST = FormatDefinition.parse(
  JSON.parse(JSON.stringify(FULLCOST), (key, value: unknown) => (key === 'formula' && value === 'Staff * AverageSalary' ? undefined : value)),
);
export const TYPED_STAFF_COST_LAYOUT = buildLayout(TYPED_STAFF_COST, TYPED_STAFF_COST.sheets[0]);
