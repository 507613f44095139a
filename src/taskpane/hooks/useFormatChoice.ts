// The pane's report format: a built-in one, or (in file mode) a definition file the user chooses, checked first.
// Inside Excel it starts as the open workbook's (its SeikaFormat) until the user picks another.
import { useEffect, useMemo, useRef, useState } from 'react';
import { BUILTIN_FORMATS } from '../../core/format/builtin';
import { builtFormat, type BuiltFormat } from '../../core/format/buildLayout';
import { checkDefinition, problemText } from '../../core/format/checkDefinition';
import type { SeikaHost } from '../host/types';
import { readBytes } from './readBytes';

const BUILTIN = BUILTIN_FORMATS.map(builtFormat);

export function useFormatChoice(host: SeikaHost) {
  const [given, setGiven] = useState<BuiltFormat>();
  const [chosenId, setChosenId] = useState(BUILTIN[0].definition.id);
  const [fromWorkbook, setFromWorkbook] = useState(false);
  /** A definition file that could not be used, and why (worded by the picker). */
  const [error, setError] = useState<{ file: string; problems: string }>();
  const picked = useRef(false);

  useEffect(() => {
    if (!host.readMeta) return;
    void host.readMeta().then((meta) => {
      const recorded = BUILTIN.find((f) => f.definition.id === meta.format?.id);
      if (picked.current || !recorded) return;
      setChosenId(recorded.definition.id);
      setFromWorkbook(true);
    });
  }, [host]);

  const formats = useMemo(() => [...BUILTIN, ...(given ? [given] : [])], [given]);
  const chosen = formats.find((f) => f.definition.id === chosenId) ?? BUILTIN[0];

  const choose = (id: string) => {
    picked.current = true;
    setFromWorkbook(false);
    setChosenId(id);
  };

  const chooseFile = async (file: File) => {
    setError(undefined);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode((await readBytes(file)).bytes));
    } catch (e) {
      return setError({ file: file.name, problems: (e as Error).message });
    }
    const checked = checkDefinition(json);
    if (!checked.ok) return setError({ file: file.name, problems: checked.problems.map(problemText).join('\n') });
    setGiven(builtFormat(checked.definition));
    choose(checked.definition.id);
  };

  return { formats, chosen, choose, chooseFile, fromWorkbook, error };
}

export type FormatChoice = ReturnType<typeof useFormatChoice>;
