import { safeTitle, uniqueTitles } from './sheetTitle';
import { blankSheet } from './template';

describe('tab names', () => {
  it.each([
    ['表彰事業', '表彰事業'],
    ['予算/決算 [案]', '予算＿決算 ＿案＿'],
    ["市長's 事業", '市長’s 事業'],
    ['', 'Sheet'],
    ['あ'.repeat(40), 'あ'.repeat(31)],
  ])('%p becomes %p', (title, safe) => {
    expect(safeTitle(title)).toBe(safe);
  });

  it('numbers repeated names, ignoring case as Excel does', () => {
    const a = { ...blankSheet({ kind: 'project', reportYear: 2019 }), name: 'Abc' };
    const b = { ...a, name: 'abc' };
    expect(uniqueTitles([a, b, a])).toEqual(['Abc', 'abc(2)', 'Abc(3)']);
  });
});
