// The committed field list and JSON Schema match the code; run `npm run docs` when this fails.
import * as fs from 'fs';
import { generatedDocs } from '../src/docs/generated';

it.each(Object.entries(generatedDocs()))('%s is up to date (npm run docs)', (file, text) => {
  expect(fs.readFileSync(file, 'utf8')).toBe(text);
});
