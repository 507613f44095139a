// Prints a one-line summary per sheet of the transcribed seed; fails when a file does not match the model.
import { loadSeedSheets } from '../src/sample/seed';

const sheets = loadSeedSheets();
for (const s of sheets) {
  const label = s.kind === 'policy' ? s.policy.number : s.kind === 'measure' ? s.measure.number : `${s.measure.number} ${s.name}`;
  console.log(`${s.kind.padEnd(11)} ${label}`);
}
console.log(`${sheets.length} sheets, ${sheets.filter((s) => s.kind === 'project' || s.kind === 'budget-only').length} projects`);
