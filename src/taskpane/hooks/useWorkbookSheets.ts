// このブックのシート (Excel): the open workbook's tabs, to remove one (with the names pointing into it) or move
// one up or down; the list is read again after each change, so it always shows what Excel has.
import { useState } from 'react';
import type { SeikaHost } from '../host/types';
import { useStrings } from '../strings';
import { useBusy } from './useBusy';

export function useWorkbookSheets(host: SeikaHost) {
  const t = useStrings();
  const { busy, outcome, run } = useBusy();
  const [names, setNames] = useState<string[] | undefined>(undefined);
  const { sheetNames, removeSheets, reorderSheets } = host;
  const refresh = async () => setNames(await sheetNames!());

  return {
    available: host.kind === 'excel' && !!sheetNames && !!removeSheets && !!reorderSheets,
    busy,
    outcome,
    names,
    load: () => run(t.template.sheetsWorking, async () => void (await refresh()), t.template.failed),
    remove: (name: string) =>
      run(
        t.template.sheetsWorking,
        async () => {
          const result = await removeSheets!([name]);
          await refresh();
          if ('refused' in result) throw new Error(t.template.sheetsLastSheet);
          return t.template.sheetsRemoved(result.removed, result.namesRemoved.length);
        },
        t.template.failed,
      ),
    move: (name: string, delta: -1 | 1) =>
      run(
        t.template.sheetsWorking,
        async () => {
          const order = [...(names ?? [])];
          const from = order.indexOf(name);
          const to = from + delta;
          if (from < 0 || to < 0 || to >= order.length) return undefined;
          [order[from], order[to]] = [order[to], order[from]];
          await reorderSheets!(order);
          await refresh();
          return undefined;
        },
        t.template.failed,
      ),
  };
}
