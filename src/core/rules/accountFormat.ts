// Rule 5: 会計・款・項・目 is an account name then 2–3 numbered levels joined by ・ (一般会計・2総務費・1総務管理費・4企画費).
import type { ReadSheet } from '../source';
import { toHalfWidth } from '../text';
import { sheetRule } from './define';
import { hasValue, problemAt, type CellProblem } from './fieldCells';
import { byText } from '../textMemo';

/**
 * Full-width digits (２総務費) and the half-width ･ are the same after NFKC and accepted; spaces around the
 * parts are ignored. Any other separator (· 、 , . / or a space between parts) is an error: ・ joins the levels.
 */
const OTHER_SEPARATOR = /[·•∙‧⋅、,./]|[^\s・]\s+[^\s・]/u;
const NUMBERED = /^\d+\D/;
/** 目 names may themselves hold a ・ (2国保・年金事業費), so a part without a number after the third level continues it. */
const MAX_LEVELS = 3;

type Problem = CellProblem<'separator' | 'emptyPart' | 'accountName' | 'levels' | 'levelForm'>;

/** Remembered by the text: a city's sheets name the same few accounts (a problem is shared, never changed). */
const problemOf = byText(accountProblem);

function accountProblem(text: string): Problem | undefined {
  const s = toHalfWidth(text).trim();
  const separator = OTHER_SEPARATOR.exec(s);
  if (separator) return { id: 'separator', found: separator[0].length > 1 ? '空白' : separator[0] };
  const parts = s.split('・').map((p) => p.trim());
  if (parts.some((p) => p === '')) return { id: 'emptyPart' };
  const [account, ...rest] = parts;
  if (!account.endsWith('会計') || /^\d/.test(account)) return { id: 'accountName' };
  return levelProblem(rest);
}

function levelProblem(parts: string[]): Problem | undefined {
  let levels = 0;
  for (const part of parts) {
    if (NUMBERED.test(part)) levels++;
    else if (levels !== MAX_LEVELS) return { id: 'levelForm', part };
  }
  return levels >= 2 && levels <= MAX_LEVELS ? undefined : { id: 'levels', count: levels };
}

export const accountFormatRule = sheetRule({
  id: 'account-format',
  severity: 'error',
  description: { ja: '会計・款・項・目が「会計名・番号付きの款・項・目」の形であること', en: 'The account is an account name followed by 2–3 numbered levels joined by ・' },
  messages: {
    ja: {
      separator: '{label}「{value}」の区切りに「{found}」が使われています。区切りは「・」（中黒）にしてください（例: 一般会計・2総務費・1総務管理費・4企画費）。',
      emptyPart: '{label}「{value}」に空の区分があります（末尾や連続した「・」）。抜けている款・項・目を書き足すか、余分な「・」を消してください。',
      accountName: '{label}「{value}」の最初は会計名（例: 一般会計、○○特別会計）にしてください。',
      levels: '{label}「{value}」は会計名のあとの番号付きの区分が{count}区分です。款・項・目の2〜3区分を「・」で区切って書いてください（例: 一般会計・2総務費・1総務管理費・4企画費）。',
      levelForm: '{label}「{value}」の「{part}」が番号から始まっていません。款・項・目はそれぞれ番号のあとに名前を書いてください（例: 2総務費）。',
    },
    en: {
      separator: '{label} "{value}" uses "{found}" as a separator; join the parts with ・ (e.g. 一般会計・2総務費・1総務管理費・4企画費).',
      emptyPart: '{label} "{value}" has an empty part (a trailing or doubled ・); add the missing level or remove the extra ・.',
      accountName: '{label} "{value}" must start with the account name (e.g. 一般会計).',
      levels: '{label} "{value}" has {count} numbered levels after the account name; write 2–3 levels joined by ・ (e.g. 一般会計・2総務費・1総務管理費・4企画費).',
      levelForm: '{label} "{value}": "{part}" does not start with its number; write each level as its number then its name (e.g. 2総務費).',
    },
  },
  check(read: ReadSheet) {
    // The text decides (its problem remembered by the text): the cell is made only for a text with a problem, to see
    // whether it is this rule's to judge (hasValue) and to report it.
    const value = read.source.cells.valueNamed('Account');
    const problem = value === undefined || value === null ? undefined : problemOf(String(value));
    const cell = problem && read.source.cells.get('Account');
    return cell && hasValue(cell) ? problemAt(read, cell, problem) : [];
  },
});
