// The pane's frame: a title, the language switch and three tabs over one host. The tabs stay mounted while
// hidden, so a check or a consolidation is still there when the user comes back to it.
import { useMemo, useState } from 'react';
import { Tab, TabList, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { BuiltFormat } from '../../core/format/buildLayout';
import type { Lang } from '../../core/rules/types';
import type { SeikaHost } from '../host/types';
import { directParser } from '../parse/direct';
import type { ParseFiles } from '../parse/types';
import { LangContext, STRINGS } from '../strings';
import { CheckTab } from './CheckTab';
import { useFormatChoice } from '../hooks/useFormatChoice';
import { ConsolidateTab } from './ConsolidateTab';
import { ReviewTab } from './ReviewTab';
import { FormatPicker } from './FormatPicker';
import { TemplateTab } from './TemplateTab';

export type TabId = 'template' | 'check' | 'review' | 'consolidate';

const TAB_IDS: TabId[] = ['template', 'check', 'review', 'consolidate'];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  langs: { display: 'flex', gap: tokens.spacingHorizontalXS },
  mode: { color: tokens.colorNeutralForeground3 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export interface AppProps {
  host: SeikaHost;
  /** How workbooks are parsed: the Web Worker in the built pane; on this thread when not given (tests). */
  parse?: ParseFiles;
  initialTab?: TabId;
}

export function App({ host, parse, initialTab = 'check' }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const [lang, setLang] = useState<Lang>('ja');
  const parser = useMemo(() => parse ?? directParser(host.readFiles), [parse, host]);
  const format = useFormatChoice(host);
  const t = STRINGS[lang];
  return (
    <LangContext.Provider value={lang}>
      <main className={styles.root} lang={lang}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.title}</h1>
          <div role="group" aria-label={`${STRINGS.ja.language} / ${STRINGS.en.language}`} className={styles.langs}>
            <ToggleButton size="small" checked={lang === 'ja'} onClick={() => setLang('ja')} lang="ja">
              日本語
            </ToggleButton>
            <ToggleButton size="small" checked={lang === 'en'} onClick={() => setLang('en')} lang="en">
              English
            </ToggleButton>
          </div>
        </header>
        <Text size={200} className={styles.mode}>
          {host.kind === 'excel' ? t.modeExcel : t.modeBrowser}
        </Text>
        <FormatPicker choice={format} fileMode={host.kind === 'browser'} />
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
          {TAB_IDS.map((id) => (
            <Tab key={id} id={`seika-tab-${id}`} value={id} aria-controls={`seika-panel-${id}`}>
              {t.tabs[id]}
            </Tab>
          ))}
        </TabList>
        {TAB_IDS.map((id) => (
          <div key={id} id={`seika-panel-${id}`} role="tabpanel" aria-labelledby={`seika-tab-${id}`} hidden={tab !== id} tabIndex={0}>
            <TabPanel id={id} host={host} parse={parser} format={format.chosen} />
          </div>
        ))}
      </main>
    </LangContext.Provider>
  );
}

function TabPanel({ id, host, parse, format }: { id: TabId; host: SeikaHost; parse: ParseFiles; format: BuiltFormat }) {
  switch (id) {
    case 'template':
      return <TemplateTab host={host} format={format} />;
    case 'check':
      return <CheckTab host={host} parse={parse} format={format} />;
    case 'review':
      return <ReviewTab host={host} parse={parse} />;
    case 'consolidate':
      return <ConsolidateTab host={host} parse={parse} format={format} />;
  }
}
