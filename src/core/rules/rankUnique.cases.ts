import { book, dantai, hyosho, kyodo, project, shimin } from './testing/setFixtures';
import type { RuleCases } from './testing/ruleTester';

const measure62 = { number: '6-2', name: '行政マネジメントシステムの継続的な改善と円滑な運用を図ります' };

export const cases: RuleCases = {
  valid: [
    {
      name: '施策6-1: 総務課の市民協働推進事業1位・市民課の市民活動支援事業2位・企画課の表彰事業3位と順位なし「-」',
      input: [book('企画課', [hyosho, dantai]), book('総務課', [kyodo]), book('市民課', [shimin])],
    },
    {
      name: '施策6-2で議会運営費と会計管理事務がともに順位なし「-」',
      input: [
        book('議会事務局', [project({ name: '議会運営費', rank: '-', measure: measure62, department: '議会事務局', account: '一般会計・1議会費・1議会費' })]),
        book('会計課', [project({ name: '会計管理事務', rank: '-', measure: measure62, department: '会計課', account: '一般会計・2総務費・1総務管理費・3会計管理費' })]),
      ],
    },
    {
      name: '施策が違えば同じ1位: 6-1の市民協働推進事業と6-2の行政経営事業',
      input: [book('総務課', [kyodo]), book('企画課', [project({ name: '行政経営事業', rank: 1, measure: measure62, department: '企画課' })])],
    },
    {
      name: '同じ事業を2回提出したための順位の重なりは duplicate-project の指摘に任せる',
      input: [book('市民課', [shimin]), book('企画課', [shimin])],
    },
  ],
  invalid: [
    {
      name: '市民課の市民活動支援事業が総務課の市民協働推進事業と同じ1位',
      input: [book('総務課', [kyodo]), book('市民課', [project({ rank: 1 })])],
      findings: [
        {
          messageId: 'duplicate',
          file: '市民課.xlsx',
          sheet: '市民活動支援事業',
          field: 'Rank',
          cell: 'G5',
          data: { measure: '6-1', rank: 1, firstName: '市民協働推進事業', firstFile: '総務課.xlsx', firstSheet: '市民協働推進事業' },
        },
      ],
    },
    {
      name: '企画課のブックで表彰事業が3位、各種団体連携事業も全角の「３」位',
      input: book('企画課', [hyosho, project({ name: '各種団体連携事業', rank: '３', department: '企画課' })]),
      findings: [{ messageId: 'duplicate', sheet: '各種団体連携事業', cell: 'G5', data: { rank: 3, firstName: '表彰事業', firstSheet: '表彰事業' } }],
    },
    {
      name: '3つの課が施策6-1の2位をつけた: 後の2つがそれぞれ最初の市民活動支援事業と重なる',
      input: [book('市民課', [shimin]), book('総務課', [project({ ...kyodo, rank: 2 })]), book('企画課', [project({ ...hyosho, rank: 2 })])],
      findings: [
        { messageId: 'duplicate', file: '総務課.xlsx', data: { firstName: '市民活動支援事業', firstFile: '市民課.xlsx' } },
        { messageId: 'duplicate', file: '企画課.xlsx', data: { firstName: '市民活動支援事業', firstFile: '市民課.xlsx' } },
      ],
    },
  ],
};
