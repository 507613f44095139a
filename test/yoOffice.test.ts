// The yo office template's conventions, so an Office developer feels at home: the config block, the scripts,
// office-addin-debugging optional (npm ci passes where its native part cannot build), and `npm stop` on Linux.
import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../package.json') as { config: Record<string, unknown>; scripts: Record<string, string>; optionalDependencies?: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };

it('has the template\'s config block and scripts', () => {
  expect(pkg.config).toEqual({ app_to_debug: 'excel', app_type_to_debug: 'desktop', dev_server_port: 3000 });
  for (const script of ['build', 'dev-server', 'start', 'stop', 'validate', 'lint']) expect(Object.keys(pkg.scripts)).toContain(script);
  expect(pkg.optionalDependencies).toHaveProperty('office-addin-debugging');
  expect(pkg.dependencies).not.toHaveProperty('office-addin-debugging');
  expect(pkg.devDependencies).toHaveProperty('office-addin-cli');
});

it('npm stop says how to stop where nothing was sideloaded', () => {
  if (process.platform === 'win32' || process.platform === 'darwin') return;
  const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/debugging.js'), 'stop'], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain('Ctrl+C');
});
