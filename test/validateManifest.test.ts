// `npm run validate` passes on the project's manifest and names each problem of a broken one.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');

function validate(manifest?: string) {
  const run = spawnSync(process.execPath, [SCRIPT, ...(manifest ? [manifest] : [])], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SEIKA_BASE_URL: '' } });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

it('passes on manifest.xml and shows office-addin-manifest info', () => {
  const { code, out } = validate();
  expect(out).toContain('Default Locale: ja-JP');
  expect(out).toContain('manifest.xml is valid');
  expect(code).toBe(0);
});

it('fails on a broken manifest, naming every problem', () => {
  const good = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const broken = good
    .replace(/<Id>[^<]*<\/Id>/, '<Id>not-a-guid</Id>')
    .replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html')
    .replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'https://localhost:3000/missing.html"/>\n  </DefaultSettings>')
    .replace('<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>')
    .replace('DefaultValue="成果チェック"', `DefaultValue="${'長'.repeat(126)}"`)
    .replace('<Label resid="SeikaGroup.Label"/>', '<Label resid="Nowhere.Label"/>');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, broken);
  const { code, out } = validate(file);
  expect(code).toBe(1);
  expect(out).toContain('Id not-a-guid is not a GUID');
  expect(out).toContain('http://localhost:3000/commands.html is not https');
  expect(out).toContain('the build writes no missing.html');
  expect(out).toContain('image Icon.80x80 is used at size 80 but is 64 px');
  expect(out).toContain('ShortString TaskpaneButton.Label (default) is 126 characters, over 125');
  expect(out).toContain('resid Nowhere.Label names no resource');
  expect(out).toContain('resource SeikaGroup.Label is never used');
});
