// How a layout's fields build a model sheet for one report year, worked out once per layout and year: which lists
// and records to make under which node, and where each field's value goes. Reading a city's thousands of sheets
// walked every field's path from the root (a keyed load per step, a test, a keyed store), several per field and
// sixty fields a sheet; the plan makes each node once and sets each value straight into its node.
import type { FieldDef } from './types';

type Key = string | number;

/** Make a list or a record under node `parent`; it becomes the next node (the root is node 0). */
export interface MakeStep {
  parent: number;
  key: Key;
  make: 'list' | 'record';
}

/** Set field `field`'s value (or delete the key, for a value the model leaves out) under node `parent`. */
export interface SetStep {
  parent: number;
  key: Key;
  field: number;
}

export type PlanStep = MakeStep | SetStep;

/**
 * The steps `setAt` takes, field by field, when every path is a tree: no value set where another field's path
 * goes on, no key the objects inherit (`length`, `constructor`, `__proto__`: walking one reads what is inherited).
 * Then what setAt does depends on the paths alone, never on the values, and the steps do exactly that, in the same
 * order. Any other layout gets undefined and keeps setAt's general walk. `preset`: the root's keys already set
 * (its kind).
 */
export function modelPlan(fields: FieldDef[], paths: (Key[] | undefined)[], preset: string[]): PlanStep[] | undefined {
  const children: Map<string, number>[] = [new Map()];
  const values: Set<string>[] = [new Set(preset)];
  const steps: PlanStep[] = [];
  for (let i = 0; i < fields.length; i++) {
    const path = paths[i];
    if (!path || fields[i].type === 'reportYear') continue;
    let node = 0;
    for (let j = 0; j < path.length - 1; j++) {
      const name = keyName(path[j]);
      if (name === undefined || values[node].has(name)) return undefined;
      let child = children[node].get(name);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        values.push(new Set());
        children[node].set(name, child);
        steps.push({ parent: node, key: indexOrName(name), make: typeof path[j + 1] === 'number' ? 'list' : 'record' });
      }
      node = child;
    }
    const name = keyName(path[path.length - 1]);
    if (name === undefined || children[node].has(name)) return undefined;
    values[node].add(name);
    steps.push({ parent: node, key: indexOrName(name), field: i });
  }
  return steps;
}

/** The property a key names, or undefined for one a plain object or list inherits (and an empty path's). */
function keyName(key: Key | undefined): string | undefined {
  if (key === undefined) return undefined;
  const name = String(key);
  return name in Object.prototype || name in Array.prototype ? undefined : name;
}

/** An array index as a number (the same property; a year's text key is no longer converted at every store). */
function indexOrName(name: string): Key {
  const n = Number(name);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === name ? n : name;
}

/**
 * The nodes a plan makes, by number (the root is 0): each one's parent, and the items of the lists made at the root.
 * Undefined when two fields set the same key (the later overwrites the earlier, which then held something for nothing).
 */
export interface PlanShape {
  parents: number[];
  /** Each root list's items by their index: the node made there, or -1 for a value set there. */
  lists: Map<string, number[]>;
}

export function planShape(steps: PlanStep[]): PlanShape | undefined {
  const parents = [-1];
  const lists = new Map<string, number[]>();
  const itemsOf = new Map<number, number[]>();
  const set = new Set<string>();
  for (const step of steps) {
    const items = itemsOf.get(step.parent);
    const made = 'make' in step ? parents.push(step.parent) - 1 : -1;
    if (items && typeof step.key === 'number') items[step.key] = made;
    if (!('make' in step)) {
      const place = `${step.parent}/${String(step.key)}`;
      if (set.has(place)) return undefined;
      set.add(place);
    } else if (step.make === 'list' && step.parent === 0) {
      const root: number[] = [];
      lists.set(String(step.key), root);
      itemsOf.set(made, root);
    }
  }
  return { parents, lists };
}
