// Rules about what one cell holds (being written now; merged into index.ts when complete).
import type { Rule } from '../types';
import type { RuleCases } from '../testing/ruleTester';

export const valueRules: Rule[] = [];
export const valueCases: Record<string, RuleCases> = {};
