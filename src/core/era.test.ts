import { fiscalYearLabel, parseFiscalYear } from './era';

describe('parseFiscalYear', () => {
  it.each([
    ['平成31年度', 2019],
    ['令和元年度', 2019],
    ['2019年度', 2019],
    ['FY2019', 2019],
    ['fy 2019', 2019],
    ['２０１９年度', 2019],
    ['令和２年度', 2020],
    ['平成29年度', 2017],
    ['平成元年度', 1989],
    ['R1', 2019],
    ['H30', 2018],
    [2019, 2019],
  ])('reads %p as %p', (label, year) => {
    expect(parseFiscalYear(label)).toBe(year);
  });

  it.each(['', '年度', '令和', 'abc', null, 19.5, '2019-20'])('names no year in %p', (label) => {
    expect(parseFiscalYear(label)).toBeUndefined();
  });
});

describe('fiscalYearLabel', () => {
  it.each([
    [2017, '平成29年度'],
    [2018, '平成30年度'],
    [2019, '令和元年度'],
    [2020, '令和2年度'],
    [1989, '平成元年度'],
  ])('writes %p as %p', (year, label) => {
    expect(fiscalYearLabel(year)).toBe(label);
  });

  it('reads back every label it writes', () => {
    for (let y = 1989; y <= 2060; y++) expect(parseFiscalYear(fiscalYearLabel(y))).toBe(y);
  });
});
