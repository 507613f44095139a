// A small table of figures as the reports show them: a row heading, numbers right-aligned with thousands
// separators (one decimal where a row says so, as the report's 人工), and a total row set apart.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useReportStyles } from './reportStyles';

export interface FiguresRow {
  key: string;
  label: string;
  /** Shown on hover over the row's heading (a measure's or policy's name). */
  title?: string;
  cells: Array<string | number>;
  /** Digits after the point, as the report's number format shows them (人工: 1, yen: 0); unset: as the number is. */
  decimals?: number;
  total?: boolean;
}

export const amount = (n: number, decimals?: number) => n.toLocaleString('en-US', decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

export function FiguresTable({ caption, head, columns, rows }: { caption: string; head: string; columns: string[]; rows: FiguresRow[] }) {
  const styles = useReportStyles();
  return (
    <div className={styles.tableWrap}>
      <Table size="extra-small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{head}</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c} button={{ className: styles.headNum }}>
                {c}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} className={r.total ? styles.total : undefined}>
              <TableCell title={r.title}>{r.label}</TableCell>
              {r.cells.map((v, i) => (
                <TableCell key={i} className={typeof v === 'number' ? styles.num : undefined}>
                  {typeof v === 'number' ? amount(v, r.decimals) : v}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
