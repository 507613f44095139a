// seika fields: every input field of a layout (defined name, label, type, cell).
// This is what runs; commands/fields.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import type { CliIo } from '../io';
import { fieldRows, fieldsMarkdown } from '../../core/layout/fieldList';
import { kindIn, kindsOf } from '../formatKinds';
import { formatOf } from '../formatOption';

export async function fieldsCommand(io: CliIo, opts: { kind?: string; format?: string; json?: boolean }): Promise<void> {
  const format = opts.format ? await formatOf(io, opts.format) : undefined;
  const kinds = opts.kind ? [kindIn(format, opts.kind, opts.format)] : kindsOf(format);
  const layouts = format?.layouts;
  io.stdout(opts.json ? `${JSON.stringify(kinds.flatMap((kind) => fieldRows(kind, layouts)), null, 2)}\n` : fieldsMarkdown(kinds, layouts, format?.definition.moneyUnit));
}
