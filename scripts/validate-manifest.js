// `npm run validate`: checks manifest.xml offline (Microsoft's validation service is out of reach here):
// ids, version, locales, string lengths, that every URL is https and names a file the build produces,
// icons that are PNGs of their stated size, resource ids that resolve; then shows `office-addin-manifest info`.
// Exits 1 on any problem. With SEIKA_BASE_URL set, dist/manifest.xml (the production build's) is checked too.
// Usage: npm run validate [-- path/to/manifest.xml]
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { XMLParser } = require('fast-xml-parser');

const ROOT = path.resolve(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIMITS = { DisplayName: 125, Description: 250, short: 125, long: 250 };
const ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

const problems = [];
const problem = (text) => problems.push(text);

/** Every element (depth first) with its path, over fast-xml-parser's preserveOrder tree. */
function* walk(nodes, trail = []) {
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ':@');
    if (!tag || tag === '#text' || tag === '?xml') continue;
    const attrs = node[':@'] ?? {};
    const here = [...trail, tag];
    yield { tag, attrs, path: here, children: node[tag] };
    yield* walk(node[tag], here);
  }
}

const local = (tag) => tag.replace(/^.*:/, '');

/** The files the webpack build writes, read from webpack.config.js itself so the two cannot drift apart. */
function buildOutputs() {
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  const pages = config.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions.filename);
  const copies = config.plugins.filter((p) => p.constructor.name === 'CopyPlugin').flatMap((p) => p.patterns);
  return (relative) => {
    if (pages.includes(relative)) return `webpack page ${relative}`;
    for (const { from, to } of copies) {
      const source = path.join(ROOT, from);
      if (from.includes('*')) {
        const pattern = new RegExp(`^${path.basename(from).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        const name = path.basename(relative);
        const target = to.replace('[name]', path.parse(name).name).replace('[ext]', path.parse(name).ext);
        if (target === relative && pattern.test(name) && fs.existsSync(path.join(path.dirname(source), name))) return path.join(path.dirname(from), name);
      } else if (fs.existsSync(source) && fs.statSync(source).isDirectory()) {
        if (relative.startsWith(`${to}/`) && fs.existsSync(path.join(source, relative.slice(to.length + 1)))) return path.join(from, relative.slice(to.length + 1));
      } else if (to === relative && fs.existsSync(source)) return from;
    }
    return undefined;
  };
}

/** Width and height from a PNG's IHDR, or undefined when the bytes are no PNG. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 24 || !b.subarray(0, 8).equals(signature) || b.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function checkManifest(file, baseUrl) {
  const label = path.relative(ROOT, file);
  const xml = fs.readFileSync(file, 'utf8');
  let tree;
  try {
    tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: true }).parse(xml, true);
  } catch (e) {
    problem(`${label}: not well-formed XML: ${e.message}`);
    return;
  }
  const elements = [...walk(tree)];
  const text = (tag) => {
    const el = elements.find((e) => e.path.length === 2 && e.tag === tag);
    return el?.children?.find((c) => '#text' in c)?.['#text']?.toString();
  };
  const top = (tag) => elements.find((e) => e.path.length === 2 && e.tag === tag);

  if (!elements[0] || elements[0].tag !== 'OfficeApp') problem(`${label}: the root element is not OfficeApp`);
  if (elements[0]?.attrs['xsi:type'] !== 'TaskPaneApp') problem(`${label}: OfficeApp is not xsi:type="TaskPaneApp"`);
  if (!GUID.test(text('Id') ?? '')) problem(`${label}: Id ${text('Id')} is not a GUID`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text('Version') ?? '')) problem(`${label}: Version ${text('Version')} is not n.n.n.n`);
  if (!text('ProviderName')) problem(`${label}: ProviderName is empty`);
  const locale = text('DefaultLocale');
  if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(locale ?? '')) problem(`${label}: DefaultLocale ${locale} is not a locale such as ja-JP`);
  if (text('Permissions') !== 'ReadWriteDocument') problem(`${label}: Permissions is ${text('Permissions')}, expected ReadWriteDocument`);
  const hosts = elements.filter((e) => e.path.join('/') === 'OfficeApp/Hosts/Host').map((e) => e.attrs.Name);
  if (hosts.join() !== 'Workbook') problem(`${label}: Hosts is ${hosts.join()}, expected Workbook only`);
  const excelApi = elements.find((e) => e.tag === 'Set' && e.attrs.Name === 'ExcelApi');
  if (!excelApi || !/^1\.\d+$/.test(excelApi.attrs.MinVersion ?? '')) problem(`${label}: no ExcelApi requirement set with a MinVersion`);

  // Strings: DefaultValue and every Override, within Office's limits.
  const lengths = [
    ...['DisplayName', 'Description'].map((tag) => ({ el: top(tag), limit: LIMITS[tag], what: tag })),
    ...elements.filter((e) => e.path.includes('bt:ShortStrings') && local(e.tag) === 'String').map((el) => ({ el, limit: LIMITS.short, what: `ShortString ${el.attrs.id}` })),
    ...elements.filter((e) => e.path.includes('bt:LongStrings') && local(e.tag) === 'String').map((el) => ({ el, limit: LIMITS.long, what: `LongString ${el.attrs.id}` })),
  ];
  for (const { el, limit, what } of lengths) {
    if (!el) {
      problem(`${label}: ${what} is missing`);
      continue;
    }
    const values = [['default', el.attrs.DefaultValue], ...el.children.filter((c) => c['bt:Override'] || c.Override).map((c) => [c[':@']?.Locale, c[':@']?.Value])];
    if (!el.attrs.DefaultValue) problem(`${label}: ${what} has no DefaultValue`);
    for (const [loc, value] of values) {
      if (value !== undefined && [...value].length > limit) problem(`${label}: ${what} (${loc}) is ${[...value].length} characters, over ${limit}`);
    }
  }
  const overrideLocales = new Set(elements.filter((e) => local(e.tag) === 'Override').map((e) => e.attrs.Locale));
  if (!overrideLocales.has('en-US')) problem(`${label}: no en-US overrides`);

  // Resource ids: every resid names a resource, every resource is used.
  const ids = new Set(elements.filter((e) => e.path.includes('Resources') && e.attrs.id).map((e) => e.attrs.id));
  const used = new Set(elements.filter((e) => e.attrs.resid).map((e) => e.attrs.resid));
  for (const r of used) if (!ids.has(r)) problem(`${label}: resid ${r} names no resource`);
  for (const id of ids) if (!used.has(id)) problem(`${label}: resource ${id} is never used`);

  // URLs: https, under the base URL, naming a file the build writes; icons PNGs of their size.
  const produced = buildOutputs();
  const urls = elements.flatMap((e) => {
    const list = [];
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(e.tag) && e.attrs.DefaultValue) list.push({ url: e.attrs.DefaultValue, what: e.tag });
    if (['bt:Image', 'bt:Url'].includes(e.tag) && e.attrs.DefaultValue) list.push({ url: e.attrs.DefaultValue, what: `${e.tag} ${e.attrs.id}` });
    if (local(e.tag) === 'Override' && /^https?:/.test(e.attrs.Value ?? '')) list.push({ url: e.attrs.Value, what: `Override of ${e.path[e.path.length - 2]}` });
    return list;
  });
  if (urls.length === 0) problem(`${label}: no URLs found`);
  for (const { url, what } of urls) {
    if (!url.startsWith('https://')) {
      problem(`${label}: ${what} ${url} is not https`);
      continue;
    }
    if (!url.startsWith(baseUrl)) {
      problem(`${label}: ${what} ${url} is not under ${baseUrl}`);
      continue;
    }
    const relative = url.slice(baseUrl.length).split(/[?#]/)[0];
    const source = produced(relative);
    if (!source) {
      problem(`${label}: ${what} ${url}: the build writes no ${relative}`);
      continue;
    }
    const sizeText = /icon-(\d+)\.png$/.exec(relative)?.[1] ?? String(ICON_SIZES[what] ?? '');
    if (relative.endsWith('.png')) {
      const size = pngSize(path.join(ROOT, source));
      const expected = Number(sizeText);
      if (!size) problem(`${label}: ${what} ${source} is not a PNG`);
      else if (expected && (size.width !== expected || size.height !== expected)) problem(`${label}: ${what} ${source} is ${size.width}×${size.height}, expected ${expected}×${expected}`);
      if (ICON_SIZES[what] && ICON_SIZES[what] !== expected) problem(`${label}: ${what} should be ${ICON_SIZES[what]}×${ICON_SIZES[what]}`);
    }
  }
  for (const el of elements.filter((e) => e.tag === 'bt:Image' && e.attrs.size)) {
    const resource = elements.find((e) => e.path.includes('Resources') && e.attrs.id === el.attrs.resid);
    const file = /icon-(\d+)\.png$/.exec(resource?.attrs.DefaultValue ?? '');
    if (file && file[1] !== el.attrs.size) problem(`${label}: image ${el.attrs.resid} is used at size ${el.attrs.size} but is ${file[1]} px`);
  }
  console.log(`${label}: ${urls.length} URLs, ${lengths.length} strings, ${ids.size} resources checked`);
}

function officeAddinManifestInfo(file) {
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-manifest.cmd' : 'office-addin-manifest');
  const run = spawnSync(bin, ['info', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  if (run.status !== 0) problem(`office-addin-manifest info ${path.relative(ROOT, file)} failed (${run.error?.message ?? `exit ${run.status}`})`);
}

const manifest = path.resolve(process.argv[2] ?? path.join(ROOT, 'manifest.xml'));
checkManifest(manifest, DEV_URL);
officeAddinManifestInfo(manifest);
const built = path.join(ROOT, 'dist', 'manifest.xml');
const production = process.env.SEIKA_BASE_URL;
if (production && fs.existsSync(built)) checkManifest(built, production.endsWith('/') ? production : `${production}/`);

if (problems.length) {
  console.error(`\nmanifest problems (${problems.length}):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('\nmanifest.xml is valid (offline checks; the Microsoft validation service was not asked).');
