// The pane's frame: three tabs over one host. A placeholder until the pane itself is built (issue 5).
import { useState } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SeikaHost } from '../host/types';

export type TabId = 'template' | 'check' | 'consolidate';

const TABS: Array<{ id: TabId; ja: string }> = [
  { id: 'template', ja: 'テンプレート' },
  { id: 'check', ja: 'チェック' },
  { id: 'consolidate', ja: '集約' },
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export function App({ host }: { host: SeikaHost }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('check');
  return (
    <main className={styles.root}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id}>
            {t.ja}
          </Tab>
        ))}
      </TabList>
      <Text>{host.kind === 'excel' ? 'Excel のブックで作業します。' : 'ブラウザーでファイルを開いて作業します。'}</Text>
    </main>
  );
}
