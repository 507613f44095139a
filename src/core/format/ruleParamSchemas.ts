// The parameters a format definition may give the built-in rules, as zod schemas. checkDefinition checks a definition's
// with them when it is loaded (the built-in formats' by builtin.test.ts), so a rule reads its parameters as they are
// (ruleParams.ts) and the rules load no zod: the CLI's check and consolidate evaluate none unless given a definition file.
import { z } from 'zod';
import { YearSet } from './schema';

export const RULE_PARAMS = {
  'code-measure-planned': z.object({ code: z.string() }),
  'ended-direction': z.object({ end: z.string(), direction: z.string(), values: z.array(z.string()).min(1) }),
  'funding-sum': z.object({ total: z.string(), sources: z.array(z.string()).min(1) }),
  'project-code': z.object({ code: z.string(), measure: z.string().optional() }),
  'project-code-unique': z.object({ code: z.string() }),
  'project-period': z.object({ start: z.string(), end: z.string() }),
  'staff-cost': z.object({ cost: z.string(), staff: z.string(), salary: z.string(), eachYear: YearSet }),
};

/** Each rule's parameters, by rule id, as its schema gives them. */
export type RuleParams = { [Id in keyof typeof RULE_PARAMS]: z.infer<(typeof RULE_PARAMS)[Id]> };
