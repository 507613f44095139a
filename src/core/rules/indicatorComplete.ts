// Rule 7: an indicator with a name has a unit, a plan for each year and an actual for each year up to Y;
// a plan or actual in an indicator without a name is an error.
import type { Value } from '../model';
import type { FieldCell, ReadSheet } from '../source';
import { atField, sheetRule } from './define';
import type { ReadCells } from '../readCells';
import { byShape, sheetCells } from './sheetCells';
import type { Report } from './types';
import { isBlank, isBlankValue, planKindOf } from './fieldCells';
import { isReadable } from './fieldCells';

/** 活動指標 (Activity1…3) and 成果指標 (Outcome1…3) cells: the slot, then the part; 計画策定時 (Baseline) may stay empty. */
const INDICATOR_CELL = /^((?:Activity|Outcome)\d+)(Name|Unit|Plan_\d+|Actual_\d+|Baseline)$/;

type Missing = 'missingUnit' | 'missingPlan' | 'missingActual';
type Part = 'Name' | 'Unit' | 'Plan' | 'Actual' | 'Other';

/** An indicator slot: its cells' positions in the sheet's cells (layout order), and what each of them is. */
interface Slot {
  at: number[];
  parts: Part[];
  /** Whether each cell is a plan, an actual or 計画策定時 (a measurement), not the name or the unit. */
  measurement: boolean[];
  /** The position (in the sheet's cells) of the slot's name; -1 when it has none. */
  name: number;
}

/**
 * A sheet's indicator slots, in the order their first cells come, worked out once per shape: every sheet of a layout
 * has the same few hundred names, and the pattern on each of every sheet's cells was most of this rule's time.
 */
const slotsOf = byShape(({ fields }): Slot[] => {
  const slots = new Map<string, Slot>();
  fields.forEach((field, i) => {
    const m = INDICATOR_CELL.exec(field.name);
    if (!m) return;
    const slot = slots.get(m[1]) ?? { at: [], parts: [], measurement: [], name: -1 };
    slots.set(m[1], slot);
    if (m[2] === 'Name' && slot.name < 0) slot.name = i;
    slot.at.push(i);
    slot.parts.push(partNamed(m[2]));
    slot.measurement.push(field.type === 'measurement');
  });
  return [...slots.values()];
});

function partNamed(part: string): Part {
  if (part === 'Name' || part === 'Unit') return part;
  if (part.startsWith('Plan_')) return 'Plan';
  return part.startsWith('Actual_') ? 'Actual' : 'Other';
}

const isEmpty = (cell: FieldCell) => isReadable(cell) && isBlank(cell.raw);

function isMeasurable(value: Value): boolean {
  const kind = planKindOf(value);
  return kind === 'number' || kind === 'atLeast' || kind === 'atMost';
}

/**
 * An indicator judged only in words (計画「実施する」, 実績「実施した」) has nothing to count, so no unit: it needs one
 * when none of its plans and actuals is filled, or one of them is a number. Told from the values: a value that is
 * not blank is filled if its cell was found (it is never an error's).
 */
function needsUnit(all: ReadCells, slot: Slot): boolean {
  let filled = false;
  for (let j = 0; j < slot.at.length; j++) {
    const value = all.valueAt(slot.at[j]);
    if ((slot.parts[j] !== 'Plan' && slot.parts[j] !== 'Actual') || isBlankValue(value) || all.locatedAt(slot.at[j]) === 'missing') continue;
    if (isMeasurable(value)) return true;
    filled = true;
  }
  return !filled;
}

/** What an empty cell of a named indicator lacks; undefined when it may stay empty (計画策定時). */
function missingOf(part: Part, all: ReadCells, slot: Slot): Missing | undefined {
  switch (part) {
    case 'Unit':
      return needsUnit(all, slot) ? 'missingUnit' : undefined;
    case 'Plan':
      return 'missingPlan';
    case 'Actual':
      return 'missingActual';
    default:
      return undefined;
  }
}

// The slot's cells are reached through their positions in the sheet's cells (`all`), in indexed loops: an array of
// them made per slot, and a closure per cell judged, were most of this rule's allocations (6 slots on 4,000 sheets).
// The sheet's cells are compact, and a cell is made when asked for: so each is passed over on its value where that
// decides. A cell whose value is not blank is neither empty nor, in an unnamed slot, filled for nothing; a value is
// never an error's (that cell's value is null), so a named slot's name is readable if it was found.
function checkNamed(read: ReadSheet, all: ReadCells, slot: Slot, into: Report<Missing | 'valuesWithoutName'>[]): void {
  let data: { name: string } | undefined;
  for (let j = 0; j < slot.at.length; j++) {
    // 計画策定時 ('Other') may stay empty (missingOf has nothing for it); the name is not blank here (checkSlot).
    if (slot.parts[j] === 'Other' || !isBlankValue(all.valueAt(slot.at[j]))) continue;
    const cell = all.at(slot.at[j]);
    const missing = isEmpty(cell) ? missingOf(slot.parts[j], all, slot) : undefined;
    if (missing) into.push(atField(read, cell, missing, (data ??= { name: String(all.valueAt(slot.name)).trim() })));
  }
}

function checkSlot(read: ReadSheet, all: ReadCells, slot: Slot, into: Report<Missing | 'valuesWithoutName'>[]): void {
  if (slot.name < 0) return;
  const name = all.valueAt(slot.name);
  if (!isBlankValue(name)) {
    if (all.locatedAt(slot.name) !== 'missing') checkNamed(read, all, slot, into);
    return;
  }
  // Plans and actuals (and 計画策定時) are the data; a unit left in an unused row (表彰事業's second row in the seed) is not.
  for (let j = 0; j < slot.at.length; j++) {
    if (slot.measurement[j] && !isBlankValue(all.valueAt(slot.at[j])) && all.locatedAt(slot.at[j]) !== 'missing') {
      const nameCell = all.at(slot.name);
      if (isReadable(nameCell)) into.push(atField(read, nameCell, 'valuesWithoutName'));
      return;
    }
  }
}

export const indicatorCompleteRule = sheetRule({
  id: 'indicator-complete',
  severity: 'error',
  description: {
    ja: '指標名のある活動指標・成果指標に単位・各年度の計画・実績があり、指標名のない指標に計画・実績がないこと',
    en: 'A named indicator has a unit, a plan for each year and an actual for each year up to the report year; no plans or actuals without a name',
  },
  messages: {
    ja: {
      missingUnit: '{label}が空欄です。指標「{name}」の単位（件、回、% など）を入力してください。',
      missingPlan: '{label}が空欄です。指標「{name}」の各年度の計画を入力してください（その年度に計画がなかった場合は「-」）。',
      missingActual: '{label}が空欄です。指標「{name}」の対象年度までの各年度の実績を入力してください（実績がない年度は「-」）。',
      valuesWithoutName: '{label}が空欄なのに、この指標の計画や実績が入力されています。指標名を入力するか、使わない指標なら値を消してください。',
    },
    en: {
      missingUnit: '{label} is empty: enter the unit of the indicator "{name}" (件, 回, % …).',
      missingPlan: '{label} is empty: enter the plan of the indicator "{name}" for every year (- when there was none).',
      missingActual: '{label} is empty: enter the actual of the indicator "{name}" for every year up to the report year (- when there was none).',
      valuesWithoutName: '{label} is empty, yet this indicator has plans or actuals: enter its name, or clear the values if the row is not used.',
    },
  },
  check(read: ReadSheet) {
    const { all, shape } = sheetCells(read);
    const reports: Report<Missing | 'valuesWithoutName'>[] = [];
    const slots = slotsOf(shape);
    for (let i = 0; i < slots.length; i++) checkSlot(read, all, slots[i], reports);
    return reports;
  },
});
