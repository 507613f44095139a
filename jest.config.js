/**
 * Jest runs the TypeScript sources directly through ts-jest (type errors are caught by `tsc --noEmit` first).
 * Two projects: `node` for everything but components, `dom` (jsdom + Testing Library) for the pane's .tsx tests.
 */
const shared = {
  testTimeout: 600_000,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  // office-addin-mock imports office-addin-manifest, whose ES-module-only dependency breaks jest: only its enum is needed.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/support/officeAddinManifestStub.ts' },
};

module.exports = {
  // Tests wait on events; this only stops a hang (test/support/patience.ts), so a busy machine is slow, not red.
  testTimeout: 600_000,
  reporters: ['default', '<rootDir>/test/support/slowestReporter.js'],
  // Two workers on two cores (jest's default is one fewer than the cores): many tests wait on soffice, Chromium
  // or npm, so two files at once took the suite from 175 s to 119 s on a quiet 2-core machine.
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: 'node', testEnvironment: 'node', testMatch: ['**/*.test.ts'] },
    {
      ...shared,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/support/domSetup.ts'],
    },
  ],
};
