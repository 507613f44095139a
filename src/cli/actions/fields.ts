// seika fields: every input field of a layout (defined name, label, type, cell).
// This is what runs; commands/fields.ts declares the command and loads this only when it runs, so that
// `seika --help` stays light.
import type { CliIo } from '../io';
import { SHEET_KINDS, type SheetKind } from '../../core/model';
import { fieldRows, fieldsMarkdown } from '../../core/layout/fieldList';
import { formatOf } from '../formatOption';

export function fieldsCommand(io: CliIo, opts: { kind?: SheetKind; format?: string; json?: boolean }): void {
  const kinds = opts.kind ? [opts.kind] : SHEET_KINDS;
  const layouts = opts.format ? formatOf(io, opts.format).layouts : undefined;
  io.stdout(opts.json ? `${JSON.stringify(kinds.flatMap((kind) => fieldRows(kind, layouts)), null, 2)}\n` : fieldsMarkdown(kinds, layouts));
}
