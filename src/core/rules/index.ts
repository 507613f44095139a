// Every rule, listed in id order (rules.test.ts checks it). A rule here without a case table or a docs/rules.md entry
// fails the tests.
import { accountFormatRule } from './accountFormat';
import { codeMeasurePlannedRule } from './codeMeasurePlanned';
import { duplicateProjectRule } from './duplicateProject';
import { editedAfterSubmitRule } from './editedAfterSubmit';
import { endedDirectionRule } from './endedDirection';
import { enumValuesRule } from './enumValues';
import { fileUnreadableRule } from './fileUnreadable';
import { formatKnownRule } from './formatKnown';
import { fundingSumRule } from './fundingSum';
import { indicatorCompleteRule } from './indicatorComplete';
import { labelFallbackRule } from './labelFallback';
import { measureExistsRule } from './measureExists';
import { measureSheetsPresentRule } from './measureSheetsPresent';
import { moneyFormatRule } from './moneyFormat';
import { moneyNormalisedRule } from './moneyNormalised';
import { noDatesRule } from './noDates';
import { noErrorValuesRule } from './noErrorValues';
import { noExternalLinksRule } from './noExternalLinks';
import { planChangeReasonRule } from './planChangeReason';
import { projectCodeRule } from './projectCode';
import { projectCodeUniqueRule } from './projectCodeUnique';
import { projectPeriodRule } from './projectPeriod';
import { rankFormatRule } from './rankFormat';
import { rankUniqueRule } from './rankUnique';
import { requiredFieldsRule } from './requiredFields';
import { staffCostRule } from './staffCost';
import { textLengthRule } from './textLength';
import { unmeasurablePlanRule } from './unmeasurablePlan';
import { yearLabelsRule } from './yearLabels';
import type { Rule } from './types';

// Written in order rather than sorted at load: the first localeCompare of a run sets up ICU's collation, ~3-6 ms of
// every start of the command before its first file is read.
export const RULES: readonly Rule[] = [
  accountFormatRule,
  codeMeasurePlannedRule,
  duplicateProjectRule,
  editedAfterSubmitRule,
  endedDirectionRule,
  enumValuesRule,
  fileUnreadableRule,
  formatKnownRule,
  fundingSumRule,
  indicatorCompleteRule,
  labelFallbackRule,
  measureExistsRule,
  measureSheetsPresentRule,
  moneyFormatRule,
  moneyNormalisedRule,
  noDatesRule,
  noErrorValuesRule,
  noExternalLinksRule,
  planChangeReasonRule,
  projectCodeRule,
  projectCodeUniqueRule,
  projectPeriodRule,
  rankFormatRule,
  rankUniqueRule,
  requiredFieldsRule,
  staffCostRule,
  textLengthRule,
  unmeasurablePlanRule,
  yearLabelsRule,
];
