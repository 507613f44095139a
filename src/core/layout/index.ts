// The layouts by sheet kind.
import type { SheetKind } from '../model';
import { budgetOnlyLayout } from './budgetOnly';
import { measureLayout } from './measure';
import { policyLayout } from './policy';
import { projectLayout } from './project';
import type { Layout } from './types';

export const LAYOUTS: Record<SheetKind, Layout> = {
  policy: policyLayout,
  measure: measureLayout,
  project: projectLayout,
  'budget-only': budgetOnlyLayout,
};

export * from './types';
