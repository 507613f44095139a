// Regenerates the docs made from code: docs/template-fields.md, docs/rules.md and the JSON Schemas (submission, format, report).
import * as fs from 'fs';
import { generatedDocs } from '../src/docs/generated';

for (const [file, text] of Object.entries(generatedDocs())) {
  fs.writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
