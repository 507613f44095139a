// The pane's consolidation of a whole city in Chromium (file mode, parsed in its worker): time from choosing the
// files to the city's summary on screen, and the peak JS heap of the pane's page (CDP Performance.getMetrics,
// sampled every 100 ms; the worker's own heap is not in it), beside the CLI consolidating and writing the same set.
import * as fs from 'fs';
import * as path from 'path';
import { buildPane, launchChromium, patientPage, serveStatic } from '../../test/support/browser';

export interface PaneFigures {
  files: number;
  firstSummaryMs: number;
  peakHeapMb: number;
}

export async function paneCityFigures(dir: string, workDir: string): Promise<PaneFigures> {
  const dist = path.join(workDir, 'pane-dist');
  await buildPane(dist);
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await patientPage(browser, { viewport: { width: 400, height: 900 }, locale: 'ja-JP' });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('tab', { name: '集約' }).click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let peak = 0;
    const sample = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    };
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f));
    const timer = setInterval(() => void sample().catch(() => undefined), 100);
    const started = performance.now();
    await page.getByLabel('集約するブック（複数選択できます）').setInputFiles(files);
    await page.getByRole('heading', { name: /市全体の集約$/ }).waitFor();
    const firstSummaryMs = performance.now() - started;
    clearInterval(timer);
    await sample();
    return { files: files.length, firstSummaryMs, peakHeapMb: peak / 1024 / 1024 };
  } finally {
    await browser.close();
    await server.close();
  }
}
