// Docs generated from the layouts, the model and the format schema; a test fails when the committed copies are out of date.
import * as path from 'path';
import { FULLCOST } from '../core/format/builtin';
import { builtFormat } from '../core/format/buildLayout';
import { formatJsonSchema } from '../core/format/schema';
import { fieldsMarkdown } from '../core/layout/fieldList';
import { SHEET_KINDS } from '../core/model';
import { submissionJsonSchema } from '../core/submission';
import { reportJsonSchema } from '../publish/reportJson';
import { rulesMarkdown } from './rulesDoc';

const DOCS = path.resolve(__dirname, '../../docs');

export function generatedDocs(): Record<string, string> {
  const fields = [
    '# Template fields',
    '',
    'Every input cell of every sheet kind is a sheet-scoped defined name (the `name` column), so rows may be',
    'inserted and sheets copied. Generated from `src/core/layout` by `npm run docs`; do not edit by hand.',
    '',
    fieldsMarkdown(SHEET_KINDS),
    `# The full-cost format (\`--format ${FULLCOST.id}\`)`,
    '',
    `${FULLCOST.name.ja}: one sheet kind, its cells in 円; the derived cells are live formulas.`,
    '',
    fieldsMarkdown(FULLCOST.sheets.map((s) => s.kind), builtFormat(FULLCOST).layouts, FULLCOST.moneyUnit),
  ].join('\n');
  return {
    [path.join(DOCS, 'template-fields.md')]: fields,
    [path.join(DOCS, 'rules.md')]: rulesMarkdown(),
    [path.join(DOCS, 'submission.schema.json')]: `${JSON.stringify(submissionJsonSchema(), null, 2)}\n`,
    [path.join(DOCS, 'format.schema.json')]: `${JSON.stringify(formatJsonSchema(), null, 2)}\n`,
    [path.join(DOCS, 'report.schema.json')]: `${JSON.stringify(reportJsonSchema(), null, 2)}\n`,
  };
}
