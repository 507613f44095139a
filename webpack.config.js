// Builds the add-in: the task pane (React) and the ribbon's function file, office.js served from the add-in
// itself (a closed network has no CDN), and manifest.xml with the production URL. `npm run dev-server` serves it
// over HTTPS on package.json's config.dev_server_port (3000) with the certificate `npx office-addin-dev-certs install` writes.
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { parseNumber } = require('office-addin-cli');

/** The URL manifest.xml names; a production build replaces it with SEIKA_BASE_URL. */
const DEV_URL = 'https://localhost:3000/';
/** package.json's config.dev_server_port, as the yo office template reads it (npm sets it for npm run …). */
const PORT = parseNumber(String(process.env.npm_package_config_dev_server_port ?? require('./package.json').config.dev_server_port), 'config.dev_server_port must be a number');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

function baseUrl(production) {
  const url = process.env.SEIKA_BASE_URL;
  if (!url) {
    if (production) console.warn(`SEIKA_BASE_URL is not set: dist/manifest.xml keeps ${DEV_URL} (fine for sideloading with npm start).`);
    return `https://localhost:${PORT}/`;
  }
  if (!/^https:\/\//.test(url)) throw new Error(`SEIKA_BASE_URL must be an https:// URL (Office loads add-ins over HTTPS only): ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** The dev certificate, read directly: office-addin-dev-certs' getHttpsServerOptions() throws where its CA cannot be installed system-wide. */
function devCertificate() {
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(CERT_DIR, f)));
  if (missing.length) {
    console.error(
      [
        `No development certificate in ${CERT_DIR} (missing ${missing.join(', ')}).`,
        'Create it once with:',
        '  npx office-addin-dev-certs install',
        'then trust ca.crt on the machine that runs Excel (Windows and Mac: the command offers to; elsewhere import it by hand).',
      ].join('\n'),
    );
    process.exit(1);
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(CERT_DIR, f))]));
}

function sideloadHelp() {
  return [
    '',
    `seika add-in served at ${DEV_URL} (taskpane.html, commands.html; the page alone works on files in a browser).`,
    'Sideload it:',
    '  Excel on Windows or Mac:  npx office-addin-debugging start manifest.xml   (run on that machine)',
    '  Excel on the web:         Home > Add-ins > More Settings > Upload My Add-in > manifest.xml',
    'See docs/addin.md.',
    '',
  ].join('\n');
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const url = baseUrl(production);
  const serving = process.env.WEBPACK_SERVE === 'true';
  return {
    mode: production ? 'production' : 'development',
    // Never an eval-* devtool: the pages' Content-Security-Policy has no 'unsafe-eval'.
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    // csv-parse's Node build needs Buffer; its browser build carries its own.
    // The .xlsx reader inflates with Node's zlib where it has it (src/xlsx/zipParts.ts) and with fflate in the browser.
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: { 'csv-parse/sync$': 'csv-parse/browser/esm/sync' }, fallback: { zlib: false } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // ES modules, so import() of the ExcelJS adapter becomes its own lazily loaded chunk.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
        },
      ],
    },
    optimization: {
      // The browser test builds with SEIKA_MINIFY=false: terser takes most of a production build's time, and
      // the test is about behaviour. `npm run build` and the bench's bundle sizes are minified.
      minimize: production && process.env.SEIKA_MINIFY !== 'false',
      splitChunks: {
        chunks: 'async',
        // ExcelJS and JSZip in one named chunk, fetched when the pane first reads or writes a file.
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/, name: 'exceljs', chunks: 'async', enforce: true } },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'src/help/help.html', to: 'help.html' },
          // The whole folder: office.js loads its host- and locale-specific files from beside itself.
          { from: 'node_modules/@microsoft/office-js/dist', to: 'assets/office-js', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: PORT,
          server: { type: 'https', options: devCertificate() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
          // Only the sources are watched (logs and the manifest in the root caused rebuild loops).
          watchFiles: [],
          onListening: () => console.log(sideloadHelp()),
        }
      : undefined,
  };
};
