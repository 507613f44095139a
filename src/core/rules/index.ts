// Every rule, sorted by id. A rule here without a case table or a docs/rules.md entry fails the tests.
import { fundingSumRule } from './fundingSum';
import { structureRules } from './groups/structure';
import { valueRules } from './groups/values';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [fundingSumRule, ...valueRules, ...structureRules].sort((a, b) => a.id.localeCompare(b.id));
