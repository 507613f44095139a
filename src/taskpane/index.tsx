// The pane's entry: waits for Office.js, picks the host (live workbook or files), follows the Office theme,
// and parses chosen workbooks in a Web Worker.
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { FluentProvider } from '@fluentui/react-components';
import { App } from './components/App';
import { browserHost, detectHost, type SeikaHost } from './host';
import { workerParser } from './parse/workerParser';
import { themeFor } from './theme';

// zod compiles validators with new Function when it may; the pages' CSP forbids it, so say so up front
// rather than let zod's probe log a CSP violation.
z.config({ jitless: true });

function render(host: SeikaHost): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={themeFor(host.theme)}>
      <App host={host} parse={workerParser(host.readFiles)} />
    </FluentProvider>,
  );
}

detectHost().then(render, () => render(browserHost()));
