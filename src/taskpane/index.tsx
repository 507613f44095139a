// The pane's entry: waits for Office.js, picks the host (live workbook or files) and renders the app.
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './components/App';
import { browserHost, detectHost, type SeikaHost } from './host';

// zod compiles validators with new Function when it may; the pages' CSP forbids it, so say so up front
// rather than let zod's probe log a CSP violation.
z.config({ jitless: true });

function render(host: SeikaHost): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

detectHost().then(render, () => render(browserHost()));
