// Which fiscal years a block or a check repeats over, as a plain list: the definition's schema (schema.ts) and a rule's
// parameters (staff-cost's eachYear) are both made from it, so the rules need not load the definition's schema module.
/** `actual` = the past years and the report year; `plan` adds next year's plan. */
export const YEAR_SETS = ['actual', 'plan'] as const;
