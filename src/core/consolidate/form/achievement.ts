// A form's indicators judged in the report year from the 達成率 its sheet computes (%, 100 = on target), in the
// same bands as the seed's outcome indicators: 順調 80% or more, やや遅れ 60% or more, 遅れ below; 未入力 when the
// rate or a field it is computed from (`from`) holds no number.
import type { ConsolidationSpec } from '../../format/schema';
import type { FormSheet } from '../../model';
import { numberOf } from '../../numbers';
import { titleOf } from '../../sheetTitle';
import { squeeze } from '../../text';
import { statusOf } from '../achievement';
import type { Sourced } from '../types';
import type { FigureContext } from './figures';
import { reportYearValue } from './values';
import { FORM_ACHIEVEMENT_STATUSES, type FormAchievement } from './types';

/** Slots are numbered from 1 for as long as the sheet has the slot's name field. */
function slotsOf(sheet: FormSheet, indicator: string): number[] {
  const slots: number[] = [];
  for (let n = 1; indicator.includes('{n}') && indicator.replace('{n}', String(n)) in sheet.values; n++) slots.push(n);
  return slots;
}

export function achievementOf(ctx: FigureContext, spec: NonNullable<ConsolidationSpec['achievement']>, sheets: Sourced<FormSheet>[]): FormAchievement | undefined {
  const rateField = spec.rate;
  if (!rateField) return undefined;
  const rows = sheets.flatMap(({ sheet, origin }) =>
    slotsOf(sheet, spec.indicator).flatMap((n) => {
      const name = squeeze(String(reportYearValue(ctx, sheet, spec.indicator.replace('{n}', String(n))) ?? ''));
      if (!name) return [];
      const slot = (name: string) => numberOf(reportYearValue(ctx, sheet, name.replace('{n}', String(n))));
      // A rate computed from an empty target is 0 on the sheet (ratio()), not a measured 0%.
      const measured = (spec.from ?? []).every((f) => slot(f) !== undefined);
      const rate = measured ? (slot(rateField) ?? null) : null;
      const status = rate === null ? ('未入力' as const) : statusOf(rate / 100);
      return [{ group: ctx.groupOf(sheet), origin, project: titleOf(sheet), indicator: name, rate, status }];
    }),
  );
  const counts = Object.fromEntries(FORM_ACHIEVEMENT_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as FormAchievement['counts'];
  return { rows, counts };
}
