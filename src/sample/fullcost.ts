// The full-cost format's sample (src/formats/fullcost.json): twelve of the seed's Policy 6 projects in three 施策,
// as 事務事業評価シート forms in 円 with 事業コード, 人工 and 人件費, and the mistakes a check should find planted in a few.
import { FULLCOST } from '../core/format/builtin';
import { buildLayout } from '../core/format/buildLayout';
import { sheetFromFields } from '../core/layout/sheetData';
import type { FormSheet, MeasureSheet, ProjectSheet, TypedSheet, Value } from '../core/model';
import { numberOf } from '../core/numbers';
import { loadSeedSheets } from './seed';

/** The 施策 the sample takes its projects from, and how many of each. */
const MEASURES = ['6-1', '6-3', '6-5'];
const PER_MEASURE = 4;

/** 平均給与 (円 per 人工), the same in every workbook of the sample. */
export const AVERAGE_SALARY = 7_800_000;

export const FULLCOST_LAYOUT = buildLayout(FULLCOST, FULLCOST.sheets[0]);

const SECTIONS = ['庶務係', '企画係', '管理係', '推進係'];
const MODES = ['直営', '一部委託', '直営', '全部委託', '補助', '直営'];
const OBLIGATIONS = ['任意', '義務', '努力義務'];

/** The seed's 評価 as this format's 今後の方向性 and three axes (A/B/C). */
const JUDGED: Record<string, { outlook: string; axes: [string, string, string] }> = {
  拡充: { outlook: '拡充', axes: ['A', 'A', 'B'] },
  維持: { outlook: '継続', axes: ['A', 'B', 'B'] },
  縮小: { outlook: '縮小', axes: ['B', 'B', 'C'] },
};
const UNJUDGED = { outlook: '改善', axes: ['B', 'B', 'B'] as [string, string, string] };

const REASONS: Record<string, Record<string, string>> = {
  Necessity: { A: '市が担うべき事業で、市民の需要も高い。', B: '市が担う必要はあるが、民間との役割分担を検討する余地がある。', C: '社会状況が変わり、市が担う必要性が薄れている。' },
  Effectiveness: { A: '目標をおおむね達成し、施策の成果に寄与している。', B: '一定の成果はあるが、目標に届かない指標がある。', C: '成果指標が伸びておらず、手法の見直しが必要である。' },
  Efficiency: { A: '最少の経費で実施できている。', B: '委託や事務の見直しで経費を抑える余地がある。', C: 'コストに見合う成果が得られておらず、実施方法の見直しが必要である。' },
};

function yen(thousands: Value | undefined): number {
  return (numberOf(thousands) ?? 0) * 1000;
}

/** 人工: about one person-year for every 20,000 千円 of cost, at least 0.2, in 0.1 steps. */
function staffFor(project: ProjectSheet): number {
  const total = numberOf(project.budget[String(project.reportYear)]?.total) ?? 0;
  return Math.min(3, Math.max(0.2, Math.round(total / 2000 + 3) / 10));
}

/** One year column of the cost table: the seed's 国・県支出金 split 6:4 into 国庫 and 県. */
function costColumn(project: ProjectSheet, year: number, column: number): Record<string, Value> {
  const b = project.budget[String(year)] ?? project.budget[String(project.reportYear)];
  const subsidies = yen(b?.subsidies);
  const national = Math.round((subsidies * 0.6) / 1000) * 1000;
  return {
    [`National_${column}`]: national,
    [`Prefectural_${column}`]: subsidies - national,
    [`Bonds_${column}`]: yen(b?.bonds),
    [`Other_${column}`]: yen(b?.other),
    [`General_${column}`]: yen(b?.general),
    [`Staff_${column}`]: staffFor(project),
  };
}

type Indicator = { name: Value; unit: Value; plan: Record<string, Value>; actual: Record<string, Value>; lowerIsBetter?: boolean };

/** An indicator slot: 名称, 単位, 良い方向, and 目標・実績 of the year before and the report year. */
function indicatorValues(prefix: string, indicator: Indicator, reportYear: number): Record<string, Value> {
  const years = [reportYear - 1, reportYear];
  return {
    [`${prefix}Name`]: indicator.name,
    [`${prefix}Unit`]: indicator.unit,
    [`${prefix}Better`]: indicator.lowerIsBetter ? '小さいほど良い' : '大きいほど良い',
    ...Object.fromEntries(years.flatMap((y, i) => [[`${prefix}Target_${i + 1}`, numberOf(indicator.plan[String(y)]) ?? null], [`${prefix}Actual_${i + 1}`, numberOf(indicator.actual[String(y)]) ?? null]])),
  };
}

function evaluation(project: ProjectSheet): Record<string, Value> {
  const judged = JUDGED[String(project.evaluation)] ?? UNJUDGED;
  const axes = ['Necessity', 'Effectiveness', 'Efficiency'] as const;
  return {
    ...Object.fromEntries(axes.flatMap((axis, i) => [[axis, judged.axes[i]], [`${axis}Reason`, REASONS[axis][judged.axes[i]]]])),
    Outlook: judged.outlook,
    Findings: project.result ?? '計画どおり実施した。',
    ManagerComment: project.nextSteps,
  };
}

function formOf(project: ProjectSheet, measure: MeasureSheet, slot: number, index: number): FormSheet {
  const [, mm] = String(measure.measure.number).split('-');
  const code = `06-${mm.padStart(2, '0')}-${slot < 2 ? '01' : '02'}-${String(slot + 1).padStart(3, '0')}`;
  const y = project.reportYear;
  const inputs: Record<string, Value> = {
    ProjectCode: code,
    ProjectName: project.name,
    Department: project.department,
    Section: SECTIONS[index % SECTIONS.length],
    MeasureNumber: measure.measure.number,
    StartYear: index % 3 === 0 ? '平成20年度' : '平成27年度',
    EndYear: '終期なし',
    Mode: MODES[index % MODES.length],
    Obligation: OBLIGATIONS[index % OBLIGATIONS.length],
    Purpose: `施策「${measure.measure.name}」の実現に向け、${project.name}を行う。`,
    Content: project.summary,
    AverageSalary: AVERAGE_SALARY,
    ...costColumn(project, y - 1, 1),
    ...costColumn(project, y, 2),
    ...costColumn(project, y + 1, 3),
    ...Object.assign({}, ...project.activities.map((a, i) => indicatorValues(`Activity${i + 1}`, a, y))),
    ...(measure.outcomes[0] ? indicatorValues('Outcome1', measure.outcomes[0], y) : {}),
    ...evaluation(project),
  };
  // The derived cells (事業費, 人件費, トータルコスト, 達成率) as a reader computes them.
  return sheetFromFields(FULLCOST_LAYOUT, y, (f) => inputs[f.name] ?? null) as FormSheet;
}

/** The sample's twelve projects, in 施策 order: every sheet as it should be, without findings. */
export function fullcostSheets(seed: TypedSheet[] = loadSeedSheets()): FormSheet[] {
  let index = 0;
  return MEASURES.flatMap((number) => {
    const measure = seed.find((s): s is MeasureSheet => s.kind === 'measure' && s.measure.number === number);
    if (!measure) throw new Error(`the seed has no measure ${number}`);
    const projects = seed.filter((s): s is ProjectSheet => s.kind === 'project' && s.measure.number === number && s.activities.length > 0).slice(0, PER_MEASURE);
    return projects.map((p, slot) => formOf(p, measure, slot, index++));
  });
}

/** A mistake planted in the sample: the project it is in, the values changed, and the finding a check gives for it. */
export interface PlantedMistake {
  project: string;
  values: Record<string, Value>;
  /** Cells written as a value over their live formula (by defined name): what a clerk typing into 人件費 does. */
  overwrite?: Record<string, number>;
  finding: { ruleId: string; field: string; message: string };
}

export const PLANTED_MISTAKES: readonly PlantedMistake[] = [
  { project: '表彰事業', values: { ProjectCode: '6-1-1-1' }, finding: { ruleId: 'project-code', field: 'ProjectCode', message: '「6-1-1-1」は事務事業コードの形' } },
  { project: '市民活動支援事業', values: { ProjectCode: '06-01-02-004' }, finding: { ruleId: 'project-code-unique', field: 'ProjectCode', message: '事務事業コード 06-01-02-004 は、事業「各種団体連携事業」' } },
  { project: '財政管理費運営費', values: { Necessity: 'C', NecessityReason: null }, finding: { ruleId: 'necessity-reason', field: 'NecessityReason', message: '必要性を C とした理由が未記入です' } },
  { project: '財産管理費運営費', values: { StartYear: '平成30年度', EndYear: '平成29年度', Outlook: '完了' }, finding: { ruleId: 'project-period', field: 'EndYear', message: '終了年度（平成29年度）が開始年度（平成30年度）より前です' } },
  { project: '普通財産管理費', values: { EndYear: '平成30年度', Outlook: '継続' }, finding: { ruleId: 'ended-direction', field: 'Outlook', message: '終了年度（平成30年度）を過ぎた事業の今後の方向性が「継続」です' } },
  { project: '車両管理費運営費', values: { Outlook: '完了', ManagerComment: null }, finding: { ruleId: 'closing-comment', field: 'ManagerComment', message: '所属長コメントを記入してください' } },
  { project: '庁舎管理費', values: { Mode: '委託' }, finding: { ruleId: 'enum-values', field: 'Mode', message: '実施形態の「委託」は「全部委託」のことと思われます' } },
  { project: '文書費', values: {}, overwrite: { StaffCost_2: 5_000_000 }, finding: { ruleId: 'staff-cost', field: 'StaffCost_2', message: '人件費（令和元年度）の式が 5,000,000 円で上書きされています' } },
  { project: '市民相談事業', values: {}, overwrite: { Total_1: 1_500_000 }, finding: { ruleId: 'cost-sum', field: 'Total_1', message: '事業費（平成30年度）が財源' } },
];

/** The sample with the mistakes planted: changed values recomputed as a reader would see them. */
export function withPlantedMistakes(sheets: FormSheet[], mistakes: readonly PlantedMistake[] = PLANTED_MISTAKES): FormSheet[] {
  return sheets.map((sheet) => {
    const changes = mistakes.filter((m) => m.project === sheet.values.ProjectName).map((m) => m.values);
    if (!changes.length) return sheet;
    const values = Object.assign({ ...sheet.values }, ...changes) as Record<string, Value>;
    return sheetFromFields(FULLCOST_LAYOUT, sheet.reportYear, (f) => values[f.name] ?? null) as FormSheet;
  });
}
