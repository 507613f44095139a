// A city-sized set of department workbooks for benchmarks: shaped like the seed, values drawn with a fixed seed.
import type { MeasureSheet, ProjectSheet, Sheet, Submission } from '../../src/core/model';
import { loadSeedSheets } from '../../src/sample/seed';

/** mulberry32: small, fast and the same on every machine, so every run measures the same files. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CityScale {
  departments: number;
  projectsPerDepartment: number;
}

export const ONE_X: CityScale = { departments: 40, projectsPerDepartment: 10 };

/** One workbook per department: its measure sheet and its projects, built from the seed's real sheets. */
export function citySubmissions(scale: CityScale, seed = 2019): Submission[] {
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const sheets = loadSeedSheets();
  const projects = sheets.filter((s): s is ProjectSheet => s.kind === 'project');
  const measures = sheets.filter((s): s is MeasureSheet => s.kind === 'measure');
  return Array.from({ length: scale.departments }, (_, d) => {
    const department = `部署${String(d + 1).padStart(3, '0')}課`;
    const policy = { number: String(Math.floor(d / 5) + 1), name: `政策${Math.floor(d / 5) + 1}` };
    const measure = { number: `${policy.number}-${(d % 5) + 1}`, name: `施策${policy.number}-${(d % 5) + 1}` };
    const measureSheet: MeasureSheet = { ...pick(measures), policy, measure, department };
    const own: Sheet[] = [measureSheet];
    for (let p = 0; p < scale.projectsPerDepartment; p++) {
      const base = pick(projects);
      own.push({ ...base, policy, measure, department, name: `${base.name}${d + 1}-${p + 1}`, rank: p + 1, budget: drawBudget(base, rnd) });
    }
    return { reportYear: 2019, department, sheets: own };
  });
}

function drawBudget(base: ProjectSheet, rnd: () => number): ProjectSheet['budget'] {
  return Object.fromEntries(
    Object.entries(base.budget).map(([year, line]) => {
      const scale = 0.5 + rnd();
      const amount = (v: unknown) => (typeof v === 'number' ? Math.round(v * scale) : 0);
      const subsidies = amount(line.subsidies);
      const other = amount(line.other);
      const general = amount(line.general);
      return [year, { total: subsidies + other + general, subsidies, bonds: 0, other, general }];
    }),
  );
}
