// The case table of every rule, by rule id.
import { cases as accountFormat } from './accountFormat.cases';
import { cases as codeMeasurePlanned } from './codeMeasurePlanned.cases';
import { cases as duplicateProject } from './duplicateProject.cases';
import { cases as editedAfterSubmit } from './editedAfterSubmit.cases';
import { cases as endedDirection } from './endedDirection.cases';
import { cases as enumValues } from './enumValues.cases';
import { cases as fileUnreadable } from './fileUnreadable.cases';
import { cases as formatKnown } from './formatKnown.cases';
import { cases as fundingSum } from './fundingSum.cases';
import { cases as indicatorComplete } from './indicatorComplete.cases';
import { cases as labelFallback } from './labelFallback.cases';
import { cases as measureExists } from './measureExists.cases';
import { cases as measureSheetsPresent } from './measureSheetsPresent.cases';
import { cases as moneyFormat } from './moneyFormat.cases';
import { cases as moneyNormalised } from './moneyNormalised.cases';
import { cases as noDates } from './noDates.cases';
import { cases as noErrorValues } from './noErrorValues.cases';
import { cases as noExternalLinks } from './noExternalLinks.cases';
import { cases as planChangeReason } from './planChangeReason.cases';
import { cases as projectCode } from './projectCode.cases';
import { cases as projectCodeUnique } from './projectCodeUnique.cases';
import { cases as projectPeriod } from './projectPeriod.cases';
import { cases as rankFormat } from './rankFormat.cases';
import { cases as rankUnique } from './rankUnique.cases';
import { cases as requiredFields } from './requiredFields.cases';
import { cases as staffCost } from './staffCost.cases';
import { cases as textLength } from './textLength.cases';
import { cases as unmeasurablePlan } from './unmeasurablePlan.cases';
import { cases as yearLabels } from './yearLabels.cases';
import type { RuleCases } from './testing/ruleTester';

export const RULE_CASES: Record<string, RuleCases> = {
  'account-format': accountFormat,
  'code-measure-planned': codeMeasurePlanned,
  'duplicate-project': duplicateProject,
  'edited-after-submit': editedAfterSubmit,
  'ended-direction': endedDirection,
  'enum-values': enumValues,
  'file-unreadable': fileUnreadable,
  'format-known': formatKnown,
  'funding-sum': fundingSum,
  'indicator-complete': indicatorComplete,
  'label-fallback': labelFallback,
  'measure-exists': measureExists,
  'measure-sheets-present': measureSheetsPresent,
  'money-format': moneyFormat,
  'money-normalised': moneyNormalised,
  'no-dates': noDates,
  'no-error-values': noErrorValues,
  'no-external-links': noExternalLinks,
  'plan-change-reason': planChangeReason,
  'project-code': projectCode,
  'project-code-unique': projectCodeUnique,
  'project-period': projectPeriod,
  'rank-format': rankFormat,
  'rank-unique': rankUnique,
  'required-fields': requiredFields,
  'staff-cost': staffCost,
  'text-length': textLength,
  'unmeasurable-plan': unmeasurablePlan,
  'year-labels': yearLabels,
};
