// A workbook made from another report format's templates (or a newer version of this one): its sheets are checked
// against a format they do not follow, so every other finding on them may be wrong. Said once, at the file.
import { formatIn } from '../format/ruleParams';
import type { WorkbookRead } from '../source';
import { stampFits, stampText } from '../workbookMeta';
import { workbookRule } from './define';
import type { Report } from './types';

type MessageId = 'otherFormat' | 'newerVersion';

export const formatKnownRule = workbookRule({
  id: 'format-known',
  severity: 'error',
  description: { ja: 'ブックの様式（SeikaFormat）が確かめる様式と同じであること', en: 'The workbook follows the report format it is checked against' },
  messages: {
    ja: {
      otherFormat:
        'このブックは様式「{format}」のテンプレートで作られていますが、確かめた様式は「{expected}」（{expectedName}）です。様式が違うため、このブックへのほかの指摘は当てになりません。配布元に、どの様式のテンプレートに入力するか確かめてください。',
      newerVersion:
        'このブックは様式「{format}」で作られていますが、この seika が知っているのは「{expected}」までです。seika を新しくしてから確かめてください。',
    },
    en: {
      otherFormat:
        'This workbook was made from the templates of report format "{format}", but it was checked against "{expected}" ({expectedName}); the other findings on it may be wrong. Ask which format’s templates to fill.',
      newerVersion: 'This workbook follows format "{format}", but this seika knows "{expected}" at most; update seika and check again.',
    },
  },
  check(workbook: WorkbookRead, ctx) {
    // The workbook says which format it follows in its SeikaFormat name.
    const checked = formatIn(ctx);
    const stamp = workbook.meta.format;
    if (!stamp || stampFits(stamp, checked)) return [];
    const messageId: MessageId = stamp.id === checked.id ? 'newerVersion' : 'otherFormat';
    const report: Report<MessageId> = {
      messageId,
      data: { format: stampText(stamp), expected: stampText(checked), expectedName: checked.name.ja },
      at: { file: workbook.file },
    };
    return [report];
  },
});
