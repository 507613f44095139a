// The published site as one .zip (the pane's download): every file under a folder named like the zip, so
// unpacking it gives one folder with index.html inside. The pane loads this module, and JSZip, on first use.
import { fiscalYearLabel } from '../core/era';
import { publishSite, type PublishableReport, type SiteFile } from './site';
import type { PublishSettings } from './settings';

/** `公開用サイト_政策6_令和元年度`, or a form format's `公開用サイト_事務事業評価シート（フルコスト）_令和元年度` (the zip is this plus `.zip`). */
function siteName(report: PublishableReport): string {
  const what = 'kind' in report ? report.definition.name.ja : `政策${report.policy?.sheet.policy.number ?? ''}`;
  return `公開用サイト_${what}_${fiscalYearLabel(report.reportYear)}`;
}

/** The site `seika publish` writes, zipped: `公開用サイト_政策6_令和元年度.zip`. */
export async function publishedZip(report: PublishableReport, settings?: PublishSettings): Promise<{ fileName: string; bytes: Uint8Array }> {
  const name = siteName(report);
  return { fileName: `${name}.zip`, bytes: await siteZip(publishSite(report, settings), name) };
}

async function siteZip(files: SiteFile[], folder: string): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  for (const f of files) zip.file(`${folder}/${f.path}`, f.text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
