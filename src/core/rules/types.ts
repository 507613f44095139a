// What a rule is: an id, a severity, a scope, messages in Japanese and English, and a check that
// returns findings as data (like eslint's rules and zod's issues).
import type { FormatDefinition } from '../format/schema';
import type { Lang, MessageData, Messages, Place } from '../messages';
import type { ReadSheet, WorkbookRead } from '../source';

export type { Lang, MessageData, Messages, Place };

export type Severity = 'error' | 'warning' | 'info';

export interface Finding extends Place {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
}

/** What a check returns; the engine adds the rule's id and severity. */
export interface Report<M extends string> {
  messageId: M;
  data?: MessageData;
  at: Place;
}

export interface RuleContext {
  /** The year the report is for (`--year`); sheets of another year are findings. */
  reportYear?: number;
  /** Last year's workbooks (`--previous`), for the rules that compare with last year's report; absent, they do nothing. */
  previous?: WorkbookRead[];
  /** The report format the workbooks are checked against; absent, the built-in one (`formatIn`). */
  format?: FormatDefinition;
}

interface RuleMeta<M extends string> {
  id: string;
  severity: Severity;
  description: { ja: string; en: string };
  messages: Messages<M>;
}

export interface SheetRule<M extends string = string> extends RuleMeta<M> {
  scope: 'sheet';
  check(sheet: ReadSheet, ctx: RuleContext): Report<M>[];
}

export interface WorkbookRule<M extends string = string> extends RuleMeta<M> {
  scope: 'workbook';
  check(workbook: WorkbookRead, ctx: RuleContext): Report<M>[];
}

/** Sees every workbook given together: rank uniqueness and duplicates across departments, missing sheets. */
export interface SetRule<M extends string = string> extends RuleMeta<M> {
  scope: 'set';
  check(workbooks: WorkbookRead[], ctx: RuleContext): Report<M>[];
}

export type Rule = SheetRule | WorkbookRule | SetRule;
