// How an accounting system's budget export maps onto 投入指標: which column holds what (docs/budget-import.md).
import { z } from 'zod';

const Column = z.string().min(1);

export const BudgetMapping = z.object({
  /** `auto` reads UTF-8 when the bytes are valid UTF-8, else Shift_JIS (what Japanese Excel and most ledgers write). */
  encoding: z.enum(['auto', 'utf-8', 'shift_jis']).default('auto'),
  /** The unit of the amounts in the file; seika keeps 千円. */
  unit: z.enum(['千円', '円']).default('千円'),
  columns: z.object({
    /** 会計・款・項・目: one column, or its parts in order (joined with ・). */
    account: z.union([Column, z.array(Column).min(2)]).optional(),
    project: Column,
    year: Column,
    total: Column.optional(),
    subsidies: Column.optional(),
    bonds: Column.optional(),
    other: Column.optional(),
    general: Column.optional(),
  }),
});
export type BudgetMapping = z.infer<typeof BudgetMapping>;

export const AMOUNT_LINES = ['total', 'subsidies', 'bonds', 'other', 'general'] as const;
export type AmountLine = (typeof AMOUNT_LINES)[number];
