// Rule 2: 新規・継続, 市長公約事項, 評価 and 良い方向 hold exactly one of their listed values.
import { formatIn } from '../format/ruleParams';
import type { ListSpec } from '../format/schema';
import type { FieldDef } from '../layout/types';
import type { Value } from '../model';
import type { ReadSheet } from '../source';
import { squeeze } from '../text';
import { sheetRule } from './define';
import { problemsOfType, type CellProblem } from './fieldCells';

/** Each list as the format's definition gives it: the name the sheet labels it with, its values and their aliases. */
type Lists = Record<string, ListSpec>;

/** The listed value a near miss means: the same after evening out full-width forms and spaces, or a known alias. */
function meantValue(text: string, choices: ListSpec): string | undefined {
  const s = squeeze(text);
  return choices.values.find((v) => squeeze(v) === s || (choices.aliases?.[v] ?? []).includes(s));
}

/** The other list a value belongs to, e.g. 継続 typed into 評価. */
function otherList(text: string, own: string, lists: Lists): ListSpec | undefined {
  const s = squeeze(text);
  return Object.entries(lists)
    .filter(([t]) => t !== own)
    .map(([, c]) => c)
    .find((c) => c.values.some((v) => squeeze(v) === s));
}

function problemOf(cellValue: Value, field: FieldDef, lists: Lists): CellProblem<'probably' | 'otherList' | 'notInList'> | undefined {
  const own = field.list?.id ?? '';
  const choices = lists[own] as ListSpec | undefined;
  const value = String(cellValue);
  if (!choices || choices.values.includes(value)) return undefined;
  const meant = meantValue(value, choices);
  if (meant) return { id: 'probably', expected: meant };
  const other = otherList(value, own, lists);
  const choiceList = choices.values.join('・');
  return other ? { id: 'otherList', list: other.label, choices: choiceList } : { id: 'notInList', choices: choiceList };
}

export const enumValuesRule = sheetRule({
  id: 'enum-values',
  severity: 'error',
  description: { ja: '選択肢のある欄（新規・継続、市長公約事項、評価、良い方向）が選択肢のどれか一つであること', en: 'Fields with a list of values hold exactly one of them' },
  messages: {
    ja: {
      notInList: '{label}の「{value}」は選択肢にありません。{choices} のいずれかを選んでください。',
      probably: '{label}の「{value}」は「{expected}」のことと思われます。集計は選択肢と同じ文字でないと数えられないため、一覧から「{expected}」を選び直してください。',
      otherList: '{label}の「{value}」は「{list}」の選択肢です。{label}は {choices} のいずれかを選んでください。',
    },
    en: {
      notInList: '{label}: "{value}" is not one of the allowed values; choose one of {choices}.',
      probably: '{label}: "{value}" probably means "{expected}"; choose "{expected}" from the list, as only exact values are counted.',
      otherList: '{label}: "{value}" is a value of "{list}"; for {label} choose one of {choices}.',
    },
  },
  check(read: ReadSheet, ctx) {
    const lists: Lists = formatIn(ctx).lists;
    return problemsOfType(read, 'enum', (value, field) => problemOf(value, field, lists));
  },
});
