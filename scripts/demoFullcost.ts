// npm run demo:fullcost: the second format end to end. The sample's twelve projects in three 施策 as the
// departments submit them in the full-cost 事務事業評価シート (src/formats/fullcost.json, nine mistakes planted) →
// out/fullcost/departments/ → check → consolidate (the format picked from the workbooks' SeikaFormat, as
// `seika consolidate out/fullcost/departments -o …` does) → out/fullcost/report.xlsx, with a short summary.
// `npm run demo` runs it too, as its last step.
import * as fs from 'fs';
import * as path from 'path';
import { formatChooser } from '../src/cli/formatOption';
import { countLine } from '../src/cli/findingsText';
import { formSummary } from '../src/cli/reportSummary';
import { readWorkbookFile } from '../src/cli/workbooks';
import type { FormReport } from '../src/core/consolidate/form/types';
import { consolidateScoped } from '../src/core/jobs/consolidate';
import { fullcostSheets } from '../src/sample/fullcost';
import { fullcostWorkbooks } from '../src/sample/fullcostWorkbooks';
import { writeReportFile } from '../src/xlsx/report/writeReportFile';

const shown = (p: string) => path.relative(process.cwd(), p);

/** The sample's workbooks into `dir`/departments, consolidated into `dir`/report.xlsx; says each step when `say` is given. */
export async function fullcostDemo(dir: string, say: (line: string) => void = () => undefined): Promise<{ departments: string; reportFile: string; report: FormReport }> {
  const departments = path.join(dir, 'departments');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(departments, { recursive: true });
  const files: string[] = [];
  for (const { department, bytes } of await fullcostWorkbooks(fullcostSheets())) {
    files.push(path.join(departments, `${department}.xlsx`));
    fs.writeFileSync(files[files.length - 1], bytes);
  }
  say(`1. 各課のブック（事務事業評価シート）/ department workbooks of the full-cost format: ${files.length} → ${shown(departments)}/`);
  const chooser = formatChooser([]);
  const workbooks = await Promise.all(files.map((f) => readWorkbookFile(f, undefined, chooser.layoutsFor)));
  const format = chooser.formatOfAll(workbooks).definition;
  const result = consolidateScoped({ workbooks, format });
  if (result.scope !== 'form') throw new Error(`expected a form report, got ${result.scope}`);
  say(`2. チェック / check (${format.id}): ${countLine(result.report.findings, files.length, 'ja')}  (詳しくは: npx seika check ${shown(departments)})`);
  const reportFile = path.join(dir, 'report.xlsx');
  await writeReportFile(result.report, reportFile);
  say(`3. 集約 / consolidate → ${shown(reportFile)}（npx seika consolidate ${shown(departments)} -o report.xlsx と同じ）\n`);
  return { departments, reportFile, report: result.report };
}

if (require.main === module) {
  fullcostDemo(path.resolve(__dirname, '../out/fullcost'), (line) => console.log(line))
    .then(({ report }) => console.log(formSummary(report)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
