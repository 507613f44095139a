// `npm run lint`: typescript-eslint's recommended rules, Microsoft's Office add-in rules (a sync inside a
// loop is an error, as are reads before load/sync), and no floating promises.
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'out/**', 'coverage/**', 'node_modules/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // Code that talks to Office.js. Not src/xlsx or tests: the rules guess proxies from names such as
    // getCell and would flag ExcelJS. The request context is always named `context`, as the rules expect.
    files: ['src/office/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'src/commands/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/office/testing/**'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/no-navigational-load': 'warn',
    },
  },
  // The layers (docs/architecture.md): the core stays pure so the CLI, the pane and both adapters share it; the
  // pane's components and hooks reach Excel or files only through src/taskpane/host, so they run in a browser
  // and in jsdom; the Office.js adapter does not lean on the ExcelJS one, so the pane's bundle carries no ExcelJS.
  // Tests and testing helpers may cross layers (they compare the adapters).
  {
    files: ['src/core/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(\\.\\./)+(xlsx|office|taskpane|cli|commands|publish|docs|sample|help)(/|$)', message: 'src/core is pure: no adapter, UI or CLI code. Pass what it needs in, or move the shared part into core.' },
        { regex: '^(exceljs|jszip|fflate|react|react-dom|@fluentui/.*|commander|fs|path|zlib|node:.*)$', message: 'src/core is pure: no file, spreadsheet or UI library. Adapters read and write; core gets data.' },
      ] }],
    },
  },
  {
    files: ['src/taskpane/components/**/*.tsx', 'src/taskpane/components/**/*.ts', 'src/taskpane/hooks/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(\\.\\./)+(xlsx|office)(/|$)', message: 'Components and hooks reach Excel and files only through src/taskpane/host (a fake one in tests).' },
        { regex: '^(exceljs|jszip)$', message: 'Components and hooks reach Excel and files only through src/taskpane/host.' },
      ] }],
    },
  },
  {
    files: ['src/office/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(\\.\\./)+xlsx(/|$)', message: 'src/office does not import src/xlsx: share through src/core, so the pane does not bundle ExcelJS.' },
        { regex: '^exceljs$', message: 'src/office talks to Office.js only; ExcelJS is the other adapter.' },
      ] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
