/**
 * Jest runs the TypeScript sources directly through ts-jest (type errors are caught by `tsc --noEmit` first).
 * Two projects: `node` for everything but components, `dom` (jsdom + Testing Library) for the pane's .tsx tests.
 */
const shared = {
  testTimeout: 60000,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  // office-addin-mock imports office-addin-manifest, whose ES-module-only dependency breaks jest: only its enum is needed.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/support/officeAddinManifestStub.ts' },
};

module.exports = {
  testTimeout: 60000,
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
