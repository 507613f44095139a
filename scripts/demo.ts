// npm run demo: the whole job on the seed's Policy 6 (FY2019): one workbook per department → check →
// consolidate → out/report.xlsx → publish → out/site/, with a short summary.
import * as fs from 'fs';
import * as path from 'path';
import { consolidateJob } from '../src/core/jobs/consolidate';
import { countLine } from '../src/cli/findingsText';
import { reportSummary } from '../src/cli/reportSummary';
import { writeSite } from '../src/cli/actions/publish';
import { readWorkbookFile } from '../src/cli/workbooks';
import { publishSite } from '../src/publish/site';
import { loadSeedSheets } from '../src/sample/seed';
import { departmentSubmissions } from '../src/sample/departments';
import { writeReport } from '../src/xlsx/report/writeReport';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';
import { citySubmissions } from './bench/citySample';
import { fullcostDemo } from './demoFullcost';

const OUT = path.resolve(__dirname, '../out');

async function main(): Promise<void> {
  const departments = path.join(OUT, 'departments');
  fs.mkdirSync(departments, { recursive: true });
  const files: string[] = [];
  for (const s of departmentSubmissions(loadSeedSheets())) {
    const file = path.join(departments, `${s.department}.xlsx`);
    fs.writeFileSync(file, await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
    files.push(file);
  }
  console.log(`1. 各課のブック / department workbooks: ${files.length} → ${path.relative(process.cwd(), departments)}/`);
  const workbooks = await Promise.all(files.map((f) => readWorkbookFile(f)));
  const { report } = consolidateJob({ workbooks });
  console.log(`2. チェック / check: ${countLine(report.findings, files.length, 'ja')}  (詳しくは: npx seika check out/departments)`);
  const reportFile = path.join(OUT, 'report.xlsx');
  fs.writeFileSync(reportFile, await writeReport(report));
  console.log(`3. 集約 / consolidate → ${path.relative(process.cwd(), reportFile)}`);
  const site = path.join(OUT, 'site');
  writeSite(site, publishSite(report));
  console.log(`4. 公開 / publish → ${path.relative(process.cwd(), path.join(site, 'index.html'))}（npx seika publish out/departments --out out/site と同じ）\n`);
  console.log(reportSummary(report));
  await writeCity(path.join(OUT, 'city'));
  await writeFullcost(path.join(OUT, 'fullcost'));
}

/** 35 departments of 10 projects: 7 policies of 5 measures, 350 projects. */
async function writeCity(dir: string): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const city = citySubmissions({ departments: 35, projectsPerDepartment: 10 });
  for (const s of city) fs.writeFileSync(path.join(dir, `${s.department}.xlsx`), await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
  console.log(`5. 市全体の見本 / a whole city: ${city.length} workbooks, 7 policies → ${path.relative(process.cwd(), dir)}/  (npx seika consolidate out/city -o city-report.xlsx)`);
}

/** The full-cost format's sample: twelve projects of the seed in 事務事業評価シート, nine mistakes planted, and its report. */
async function writeFullcost(dir: string): Promise<void> {
  const { departments, reportFile, report } = await fullcostDemo(dir);
  console.log(`6. もう一つの様式 / the full-cost format: ${report.status.files.length} workbooks of 事務事業評価シート → ${path.relative(process.cwd(), departments)}/, its report → ${path.relative(process.cwd(), reportFile)}  (npm run demo:fullcost)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
