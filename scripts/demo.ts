// npm run demo: the seed's Policy 6 (FY2019) written as one workbook per department into out/.
import * as fs from 'fs';
import * as path from 'path';
import { loadSeedSheets } from '../src/sample/seed';
import { departmentSubmissions } from '../src/sample/departments';
import { writeWorkbook } from '../src/xlsx/writeWorkbook';

async function main(): Promise<void> {
  const out = path.resolve(__dirname, '../out/departments');
  fs.mkdirSync(out, { recursive: true });
  const submissions = departmentSubmissions(loadSeedSheets());
  for (const s of submissions) {
    const file = path.join(out, `${s.department}.xlsx`);
    fs.writeFileSync(file, await writeWorkbook(s.sheets, { reportYear: s.reportYear, department: s.department }));
    console.log(`${String(s.sheets.length).padStart(3)} sheets  ${path.relative(process.cwd(), file)}`);
  }
  console.log(`${submissions.length} department workbooks from the seed (Policy 6, FY2019)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
