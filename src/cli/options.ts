// What the commands' option declarations need, kept light: declaring the commands (all `seika --help` does)
// loads none of the work behind them.

export const KIND_OPTION_HELP = 'シートの種類: project, budget-only, measure, policy、または様式の種類（種類が一つの様式なら不要） / sheet kind: a built-in one or the format’s own (not needed when it has only one)';
export const FORMAT_OPTION_HELP = '様式: 組み込みの id または定義ファイル (seika formats) / report format: a built-in id or a definition file';

/** A repeatable option's values in the order given. */
export function collectOption(value: string, previous: string[]): string[] {
  return [...previous, value];
}
