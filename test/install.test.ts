// The seika command as it is installed elsewhere: `npm pack` (which compiles the CLI through `prepare`), then
// `npm install -g` of that tarball into a temporary prefix, then the installed command itself. The dependencies'
// tarballs come from npm's cache (`npm ci` put them there); only what the cache lacks is asked of the registry.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seika-install-'));
const prefix = path.join(dir, 'prefix');
const npmQuiet = ['--no-audit', '--no-fund', '--loglevel=error'];

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, ...npmQuiet], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The installed command, as a user on that machine runs it. */
function seika(args: string[], cwd = dir): string {
  const bin = process.platform === 'win32' ? path.join(prefix, 'seika.cmd') : path.join(prefix, 'bin', 'seika');
  return execFileSync(bin, args, { cwd, encoding: 'utf8' });
}

beforeAll(() => {
  const tarball = npm(['pack', '--pack-destination', dir], root).trim().split('\n').pop() ?? '';
  npm(['install', '--global', '--prefix', prefix, '--prefer-offline', path.join(dir, tarball)], dir);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('seika installed from its npm tarball', () => {
  it('ships compiled JavaScript, not the TypeScript sources', () => {
    const installed = path.join(prefix, 'lib', 'node_modules', 'seika');
    expect(fs.existsSync(path.join(installed, 'lib', 'cli', 'main.js'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'src'))).toBe(false);
    expect(fs.readFileSync(path.join(installed, 'bin', 'seika.js'), 'utf8')).not.toContain('ts-node');
  });

  it('explains itself in Japanese and English', () => {
    const out = seika(['--help']);
    expect(out).toContain('テンプレート');
    expect(out).toContain('Templates, checks and consolidation');
    for (const verb of ['template', 'fields', 'fill', 'export', 'check', 'consolidate']) expect(out).toContain(verb);
  });

  it('writes a template and checks it', () => {
    seika(['template', '--kind', 'project', '--year', '2019', '--measure', '6-1', '--department', '企画課', '-o', 'blank.xlsx']);
    // A blank template has empty required fields: errors, so exit code 1 with the findings on stdout.
    let out = '';
    try {
      seika(['check', 'blank.xlsx', '--year', '2019']);
    } catch (e) {
      out = String((e as { stdout?: string }).stdout);
      expect((e as { status?: number }).status).toBe(1);
    }
    expect(out).toContain('blank.xlsx');
    expect(out).toMatch(/エラー \d+ 件/);
  });
});
