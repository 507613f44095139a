// Changes in words, Japanese or English, with the same placeholders and number display as the rules' messages.
import { fill, type Lang, type Messages } from '../messages';
import type { Change, ChangeKind } from './types';

export const CHANGE_MESSAGES: Messages<ChangeKind> = {
  ja: {
    measureAdded: '施策「{title}」は前年度の報告にありません（新しい施策）。',
    measureRemoved: '施策「{title}」は前年度の報告にありましたが、今年度はありません。',
    projectAdded: '事務事業「{title}」は前年度の報告にありません（新しい事業、または事業名か会計・款・項・目の変更）。',
    projectRemoved: '事務事業「{title}」は前年度の報告にありましたが、今年度はありません。',
    indicatorAdded: '指標「{name}」が加わりました。',
    indicatorRemoved: '指標「{name}」がなくなりました。',
    indicatorName: '{label}: 「{before}」→「{after}」',
    indicatorUnit: '{label}（{name}）: 「{before}」→「{after}」',
    plan: '{label}（{name}）: {before} → {after}',
    evaluation: '評価: {before} → {after}',
    field: '{label}: {before} → {after}',
    budget: '{label}: {before} → {after} 千円（{delta} 千円）',
  },
  en: {
    measureAdded: 'Measure "{title}" is not in last year\'s report (a new measure).',
    measureRemoved: 'Measure "{title}" was in last year\'s report but is not in this year\'s.',
    projectAdded: 'Project "{title}" is not in last year\'s report (a new project, or its name or account changed).',
    projectRemoved: 'Project "{title}" was in last year\'s report but is not in this year\'s.',
    indicatorAdded: 'Indicator "{name}" was added.',
    indicatorRemoved: 'Indicator "{name}" was removed.',
    indicatorName: '{label}: "{before}" → "{after}"',
    indicatorUnit: '{label} ({name}): "{before}" → "{after}"',
    plan: '{label} ({name}): {before} → {after}',
    evaluation: 'Evaluation: {before} → {after}',
    field: '{label}: {before} → {after}',
    budget: '{label}: {before} → {after} thousand yen ({delta})',
  },
};

const EMPTY: Record<Lang, string> = { ja: '（空欄）', en: '(empty)' };

export function describeChange(change: Change, lang: Lang = 'ja'): string {
  const data = Object.fromEntries(Object.entries(change.data).map(([k, v]) => [k, v === '' ? EMPTY[lang] : v]));
  return fill(CHANGE_MESSAGES[lang][change.kind], data);
}
