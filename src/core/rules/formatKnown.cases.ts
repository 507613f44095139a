import type { WorkbookRead } from '../source';
import { readSheetOf, validProject, workbookOf } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

/** 市民課.xlsx with its SeikaFormat name saying `format`. */
const stamped = (id: string, version: number): WorkbookRead => ({ ...workbookOf('市民課.xlsx', [readSheetOf(validProject)]), meta: { format: { id, version } } });

export const cases: RuleCases = {
  valid: [
    { name: '市民課.xlsx: 様式 komoro/1 のテンプレートから作ったブック', input: stamped('komoro', 1) },
    { name: '様式を記録する前に作ったブック（SeikaFormat なし）', input: workbookOf('市民課.xlsx', [readSheetOf(validProject)]) },
  ],
  invalid: [
    {
      name: '別の市の事務事業評価シート（様式 fullcost/1）に入力したブック',
      input: stamped('fullcost', 1),
      findings: [{ messageId: 'otherFormat', file: '市民課.xlsx', data: { format: 'fullcost/1', expected: 'komoro/1' } }],
    },
    {
      name: '新しい版の様式 komoro/2 のテンプレートから作ったブック',
      input: stamped('komoro', 2),
      findings: [{ messageId: 'newerVersion', file: '市民課.xlsx', data: { format: 'komoro/2', expected: 'komoro/1' } }],
    },
  ],
};
