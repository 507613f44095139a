// Rules about a sheet's structure and the set of workbooks (being written now; merged into index.ts when complete).
import type { Rule } from '../types';
import type { RuleCases } from '../testing/ruleTester';

export const structureRules: Rule[] = [];
export const structureCases: Record<string, RuleCases> = {};
