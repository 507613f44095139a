import type { Value } from '../model';
import type { RawCell } from '../source';
import { readSheetOf, validBudgetOnly, validProject } from './testing/fixtures';
import type { RuleCases } from './testing/ruleTester';

const account = (value: Value | RawCell) => readSheetOf(validProject, { Account: value });

export const cases: RuleCases = {
  valid: [
    { name: '一般会計・2総務費・1総務管理費・4企画費', input: readSheetOf(validProject) },
    { name: '利子 (予算のみ): 一般会計・12公債費・1公債費・2利子', input: readSheetOf(validBudgetOnly) },
    { name: '款・項の2区分: 一般会計・1議会費・1議会費', input: account('一般会計・1議会費・1議会費') },
    { name: '目の名前に「・」: 一般会計・3民生費・1社会福祉費・2国保・年金事業費', input: account('一般会計・3民生費・1社会福祉費・2国保・年金事業費') },
    { name: '特別会計: 小諸市等公平委員会特別会計・1小諸市等公平委員会運営費・1運営費', input: account('小諸市等公平委員会特別会計・1小諸市等公平委員会運営費・1運営費') },
    { name: '全角数字は認める: 一般会計・２総務費・１総務管理費・４企画費', input: account('一般会計・２総務費・１総務管理費・４企画費') },
    { name: '半角の中黒「･」は認める: 一般会計･2総務費･1総務管理費･4企画費', input: account('一般会計･2総務費･1総務管理費･4企画費') },
    { name: '「・」の前後と末尾の空白は無視する', input: account('一般会計 ・ 2総務費・1総務管理費・4企画費\u3000') },
    { name: '会計・款・項・目のセルが #REF! のときは no-error-values の指摘に任せる', input: account({ value: null, error: '#REF!' }) },
    { name: '空欄は必須のルールに任せる', input: account(null) },
  ],
  invalid: [
    {
      name: '公平委員会の運営費: 小諸市等公平委員会特別会計・1小諸市等公平委員会運営費・1運営費・（末尾が「・」）',
      input: account('小諸市等公平委員会特別会計・1小諸市等公平委員会運営費・1運営費・'),
      findings: [{ messageId: 'emptyPart', field: 'Account', cell: 'A7', data: { label: '会計・款・項・目', value: '小諸市等公平委員会特別会計・1小諸市等公平委員会運営費・1運営費・' } }],
    },
    {
      name: '区切りが「·」（ラテン文字の中点）: 一般会計·2総務費·1総務管理費·4企画費',
      input: account('一般会計·2総務費·1総務管理費·4企画費'),
      findings: [{ messageId: 'separator', field: 'Account', cell: 'A7', data: { found: '·' } }],
    },
    {
      name: '区切りが「、」: 一般会計、2総務費、1総務管理費、4企画費',
      input: account('一般会計、2総務費、1総務管理費、4企画費'),
      findings: [{ messageId: 'separator', cell: 'A7', data: { found: '、' } }],
    },
    {
      name: '区切りが空白: 一般会計 2総務費 1総務管理費 4企画費',
      input: account('一般会計 2総務費 1総務管理費 4企画費'),
      findings: [{ messageId: 'separator', cell: 'A7', data: { found: '空白' } }],
    },
    {
      name: '会計名がない: 2総務費・1総務管理費・4企画費',
      input: account('2総務費・1総務管理費・4企画費'),
      findings: [{ messageId: 'accountName', field: 'Account', cell: 'A7' }],
    },
    {
      name: '款しかない: 一般会計・2総務費',
      input: account('一般会計・2総務費'),
      findings: [{ messageId: 'levels', field: 'Account', cell: 'A7', data: { count: 1 } }],
    },
    {
      name: '節まで書いた4区分: 一般会計・2総務費・1総務管理費・4企画費・1報酬',
      input: account('一般会計・2総務費・1総務管理費・4企画費・1報酬'),
      findings: [{ messageId: 'levels', cell: 'A7', data: { count: 4 } }],
    },
    {
      name: '番号のない款・項・目: 一般会計・総務費・総務管理費・企画費',
      input: account('一般会計・総務費・総務管理費・企画費'),
      findings: [{ messageId: 'levelForm', field: 'Account', cell: 'A7', data: { part: '総務費' } }],
    },
    {
      name: '項の番号が抜けた: 一般会計・2総務費・総務管理費・4企画費',
      input: account('一般会計・2総務費・総務管理費・4企画費'),
      findings: [{ messageId: 'levelForm', cell: 'A7', data: { part: '総務管理費' } }],
    },
  ],
};
