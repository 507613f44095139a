// The pane's words in Japanese and English; the language also picks the findings' wording.
import { createContext, useContext } from 'react';
import type { Lang } from '../../core/rules/types';
import { en } from './en';
import { ja } from './ja';
import type { Strings } from './types';

export type { Strings } from './types';

export const STRINGS: Record<Lang, Strings> = { ja, en };

export const LangContext = createContext<Lang>('ja');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}
