// The case table of every rule, by rule id.
import { cases as fundingSum } from './fundingSum.cases';
import { structureCases } from './groups/structure';
import { valueCases } from './groups/values';
import type { RuleCases } from './testing/ruleTester';

export const RULE_CASES: Record<string, RuleCases> = {
  'funding-sum': fundingSum,
  ...valueCases,
  ...structureCases,
};
