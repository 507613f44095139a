// How the pane words a job stopped on a workbook of another format (the same problem for every job).
import type { OtherFormat } from '../../core/jobs/formatFit';
import { stampText } from '../../core/workbookMeta';
import type { Strings } from '../strings';

export function otherFormatWords(t: Strings, { file, format, expected }: OtherFormat): string {
  return t.format.otherFormat(file, stampText(format), stampText(expected));
}
