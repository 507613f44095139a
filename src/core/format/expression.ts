// The small expression form of format definitions: arithmetic over field names (`Total - (Subsidies + Bonds)`,
// `Staff * AverageSalary`, `sum(A, B)`, `ratio(Actual, Target)` that is 0 where the divisor is, and
// `if(Direction = "小さいほど良い", a, b)` on a field's text), and for rules one comparison on top
// (`=`, `<=`, `>=`, `<`, `>`, `<>`). A name inside a repeated block may hold `{n}`, its slot number.
// Parsed once into a tree; evaluated against a lookup of field values.

export type Expr =
  | { op: 'num'; value: number }
  | { op: 'field'; name: string }
  | { op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { op: 'sum'; args: Expr[] }
  | { op: 'ratio'; left: Expr; right: Expr }
  | { op: 'if'; field: string; equals: string; then: Expr; else: Expr };

export type Comparison = '=' | '<>' | '<=' | '>=' | '<' | '>';

export interface Assertion {
  left: Expr;
  compare: Comparison;
  right: Expr;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_{}]*)|(<=|>=|<>|[-+*/(),=<>])|("[^"]*"))/y;

function tokenize(text: string): string[] | string {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) return `読めない文字があります / unexpected character at ${at + 1}: ${text.slice(at).trim()[0]}`;
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  }
  return tokens;
}

/** A recursive-descent parser over the tokens; `pos` is the next token. */
class Parser {
  pos = 0;
  constructor(private readonly tokens: string[]) {}

  peek(): string | undefined {
    return this.tokens[this.pos];
  }

  take(expected?: string): string {
    const t = this.tokens[this.pos];
    if (expected !== undefined && t !== expected) throw new Error(`「${expected}」がありません / expected "${expected}" but found ${t === undefined ? 'the end' : `"${t}"`}`);
    if (t === undefined) throw new Error('式が途中で終わっています / the expression ends too early');
    this.pos++;
    return t;
  }

  expr(): Expr {
    let left = this.term();
    while (this.peek() === '+' || this.peek() === '-') {
      const op = this.take() as '+' | '-';
      left = { op, left, right: this.term() };
    }
    return left;
  }

  term(): Expr {
    let left = this.factor();
    while (this.peek() === '*' || this.peek() === '/') {
      const op = this.take() as '*' | '/';
      left = { op, left, right: this.factor() };
    }
    return left;
  }

  factor(): Expr {
    const t = this.take();
    if (t === '(') {
      const inner = this.expr();
      this.take(')');
      return inner;
    }
    if (/^\d/.test(t)) return { op: 'num', value: Number(t) };
    if (/^[A-Za-z_]/.test(t)) return this.peek() === '(' ? this.call(t) : { op: 'field', name: t };
    throw new Error(`「${t}」はここに置けません / unexpected "${t}"`);
  }

  call(name: string): Expr {
    if (name === 'if') return this.condition();
    if (name !== 'sum' && name !== 'ratio') throw new Error(`関数 ${name} はありません（使えるのは sum, ratio, if） / unknown function ${name} (sum, ratio or if)`);
    this.take('(');
    const args = [this.expr()];
    while (this.peek() === ',') {
      this.take(',');
      args.push(this.expr());
    }
    this.take(')');
    if (name === 'sum') return { op: 'sum', args };
    if (args.length !== 2) throw new Error('ratio は二つの式をとります / ratio takes two expressions');
    return { op: 'ratio', left: args[0], right: args[1] };
  }

  /** `if(Field = "text", then, else)`: the one test on a field's text, e.g. an indicator's 良い方向. */
  condition(): Expr {
    this.take('(');
    const field = this.take();
    if (!/^[A-Za-z_]/.test(field)) throw new Error(`if の最初は欄の名前です / if starts with a field name, not "${field}"`);
    this.take('=');
    const text = this.take();
    if (!text.startsWith('"')) throw new Error(`if の比較は "文字" とします / if compares with "text", not ${text}`);
    this.take(',');
    const then = this.expr();
    this.take(',');
    const otherwise = this.expr();
    this.take(')');
    return { op: 'if', field, equals: text.slice(1, -1), then, else: otherwise };
  }

  end(): void {
    const rest = this.peek();
    if (rest !== undefined) throw new Error(`「${rest}」以降が読めません / unexpected "${rest}"`);
  }
}

function parseWith<T>(text: string, read: (p: Parser) => T): ParseResult<T> {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  const parser = new Parser(tokens);
  try {
    const value = read(parser);
    parser.end();
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export function parseExpression(text: string): ParseResult<Expr> {
  return parseWith(text, (p) => p.expr());
}

const COMPARISONS: readonly string[] = ['=', '<>', '<=', '>=', '<', '>'];

export function parseAssertion(text: string): ParseResult<Assertion> {
  return parseWith(text, (p) => {
    const left = p.expr();
    const compare = p.peek();
    if (compare === undefined || !COMPARISONS.includes(compare)) throw new Error(`比較（= <= >= < > <>）がありません / expected a comparison, found ${compare === undefined ? 'the end' : `"${compare}"`}`);
    p.take();
    return { left, compare: compare as Comparison, right: p.expr() };
  });
}

/** Every field name an expression reads, in order of first use. */
export function fieldNames(expr: Expr): string[] {
  const names = new Set<string>();
  const walk = (e: Expr): void => {
    if (e.op === 'field') names.add(e.name);
    else if (e.op === 'sum') e.args.forEach(walk);
    else if (e.op === 'if') {
      names.add(e.field);
      [e.then, e.else].forEach(walk);
    } else if (e.op !== 'num') [e.left, e.right].forEach(walk);
  };
  walk(expr);
  return [...names];
}

/** The expression as Excel formula text, each field as N(its cell) so text counts as 0 as in the computed value. */
export function excelOf(expr: Expr, cellOf: (name: string) => string): string {
  const inner = (e: Expr): string => {
    switch (e.op) {
      case 'num':
        return String(e.value);
      case 'field':
        return `N(${cellOf(e.name)})`;
      case 'sum':
        return `SUM(${e.args.map(inner).join(',')})`;
      case 'ratio':
        return `IF(${inner(e.right)}=0,0,${inner(e.left)}/${inner(e.right)})`;
      case 'if':
        return `IF(${cellOf(e.field)}="${e.equals}",${inner(e.then)},${inner(e.else)})`;
      default:
        return `(${inner(e.left)}${e.op}${inner(e.right)})`;
    }
  };
  return inner(expr).replace(/^\((.*)\)$/, (whole, body: string) => (balanced(body) ? body : whole));
}

/** Whether the parentheses of a text close in order (so outer ones around it may be dropped). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The value of an expression; `valueOf` gives each field's number (how non-numbers count is the caller's choice),
 * `textOf` a field's text for `if` (none: every test fails).
 */
export function evaluate(expr: Expr, valueOf: (name: string) => number, textOf: (name: string) => string = () => ''): number {
  const of = (e: Expr) => evaluate(e, valueOf, textOf);
  switch (expr.op) {
    case 'num':
      return expr.value;
    case 'field':
      return valueOf(expr.name);
    case 'sum':
      return expr.args.reduce((s, a) => s + of(a), 0);
    case 'ratio': {
      const divisor = of(expr.right);
      return divisor === 0 ? 0 : of(expr.left) / divisor;
    }
    case 'if':
      return textOf(expr.field) === expr.equals ? of(expr.then) : of(expr.else);
    case '+':
      return of(expr.left) + of(expr.right);
    case '-':
      return of(expr.left) - of(expr.right);
    case '*':
      return of(expr.left) * of(expr.right);
    case '/':
      return of(expr.left) / of(expr.right);
  }
}

/** Whether the comparison holds, within `tolerance` (e.g. 1 円 of rounding) for `=` and `<>`. */
export function holds(a: Assertion, valueOf: (name: string) => number, tolerance = 0): boolean {
  const l = evaluate(a.left, valueOf);
  const r = evaluate(a.right, valueOf);
  switch (a.compare) {
    case '=':
      return Math.abs(l - r) <= tolerance;
    case '<>':
      return Math.abs(l - r) > tolerance;
    case '<=':
      return l <= r + tolerance;
    case '>=':
      return l + tolerance >= r;
    case '<':
      return l < r;
    case '>':
      return l > r;
  }
}
