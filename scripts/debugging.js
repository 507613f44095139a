// `npm start` and `npm stop`, as the yo office template has them. On Windows and Mac, office-addin-debugging
// (an optional dependency: its native keytar part cannot build everywhere, e.g. on this Linux CI) sideloads
// manifest.xml into the app package.json's `config` names (app_to_debug, app_type_to_debug) and runs the
// dev-server script. Elsewhere `start` runs the dev-server script itself and prints how to sideload by hand.
// office-addin-cli reads the settings: getPackageJsonScript for the dev-server command, parseNumber for the port.
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { getPackageJsonScript, parseNumber } = require('office-addin-cli');

const ROOT = path.resolve(__dirname, '..');
const action = process.argv[2] === 'stop' ? 'stop' : 'start';
const config = require(path.join(ROOT, 'package.json')).config;
const port = parseNumber(String(process.env.npm_package_config_dev_server_port ?? config.dev_server_port), 'config.dev_server_port must be a number');
const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
const canSideload = (process.platform === 'win32' || process.platform === 'darwin') && fs.existsSync(bin);

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (canSideload) {
  run(bin, [action, 'manifest.xml', config.app_type_to_debug, '--app', config.app_to_debug, '--dev-server-port', String(port)]);
} else if (action === 'stop') {
  console.log('Nothing was sideloaded from here (office-addin-debugging runs on Windows and Mac). Stop the dev server with Ctrl+C.');
} else {
  console.log(
    [
      `Serving the task pane at https://localhost:${port}/ (${getPackageJsonScript('dev-server')}).`,
      'Sideload manifest.xml into Excel by hand:',
      '  Excel on the web: 挿入 › アドイン › マイ アドイン › アドインのアップロード, choose manifest.xml.',
      '  Windows: put manifest.xml in a shared folder listed under 信頼できるアドイン カタログ, then 挿入 › アドイン › 共有フォルダー.',
      '  Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/.',
      `  On Windows and Mac with office-addin-debugging installed, npm start does this itself (config.app_to_debug = ${config.app_to_debug}).`,
      'Step by step with what to expect: docs/excel-trial.md.',
    ].join('\n'),
  );
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'dev-server']);
}
