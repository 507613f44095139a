// Report format: 施策内順位 is a positive integer, or a half-width - for a project that is not ranked.
import type { Value } from '../model';
import type { ReadSheet } from '../source';
import { squeeze } from '../text';
import { byText } from '../textMemo';
import { sheetRule } from './define';
import { isDash, problemsOfType, type CellProblem } from './fieldCells';

const NOT_RANKED = '-';

/**
 * Only the half-width - means "not ranked". Look-alikes (－ ー ― − – and a - with spaces) are errors with their
 * own message, since they look right on screen; digits written as text (「3」, 「３」) are read as the number.
 */
function problemOf(value: Value): CellProblem<'dash' | 'notPositive'> | undefined {
  return value === NOT_RANKED ? undefined : rankProblem(String(value));
}

/** Remembered by the text: ranks are the same few numbers on every measure's projects. */
const rankProblem = byText((text: string): CellProblem<'dash' | 'notPositive'> | undefined => {
  const s = squeeze(text);
  if (isDash(s)) return { id: 'dash' };
  return /^\d+$/.test(s) && Number(s) > 0 ? undefined : { id: 'notPositive' };
});

export const rankFormatRule = sheetRule({
  id: 'rank-format',
  severity: 'error',
  description: { ja: '施策内順位が1以上の整数か「-」であること', en: 'The rank within the measure is a positive integer or -' },
  messages: {
    ja: {
      notPositive: '{label}の「{value}」は順位として使えません。1以上の整数を入力してください（順位をつけない事業は半角の「-」）。',
      dash: '{label}の「{value}」は半角の「-」（ハイフン）ではなく、よく似た別の文字です。順位をつけない事業は半角の「-」だけを入力してください。',
    },
    en: {
      notPositive: '{label}: "{value}" is not a rank; enter a whole number of 1 or more (or - for a project that is not ranked).',
      dash: '{label}: "{value}" is not the half-width hyphen - but a look-alike; enter just - for a project that is not ranked.',
    },
  },
  check(read: ReadSheet) {
    return problemsOfType(read, 'rank', problemOf);
  },
});
