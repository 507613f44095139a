// The sheet kinds, apart from the model's schema so that a list of them (the CLI's --kind choices) loads no zod.
export const SHEET_KINDS = ['policy', 'measure', 'project', 'budget-only'] as const;
