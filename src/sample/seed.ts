// Loads the seed report (Policy 6, FY2019) transcribed in examples/ as validated model sheets.
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { TypedSheet } from '../core/modelSchema';

export const SEED_DIR = path.resolve(__dirname, '../../examples/policy6-fy2019');

/** Every sheet of the seed in report order: the policy header, then each measure file's sheets. */
export function loadSeedSheets(dir = SEED_DIR): TypedSheet[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort(bySeedOrder);
  return files.flatMap((file) => {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const parsed = z.array(TypedSheet).safeParse(Array.isArray(json) ? json : [json]);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

function bySeedOrder(a: string, b: string): number {
  const rank = (f: string) => (f === 'policy.json' ? '' : f);
  return rank(a).localeCompare(rank(b));
}
