// @ts-check
const { createCjsPreset } = require('jest-preset-angular/presets');

/** @type {import('jest').Config} */
module.exports = {
  ...createCjsPreset({
    // The CJS preset defaults to 'jsdom', which resolves jest-environment-jsdom (not installed);
    // the preset ships its own environment built on the jsdom we do install.
    testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  }),
  displayName: 'client',
  // The first test to load a lazy page compiles it (and Material) on a busy shared machine.
  testTimeout: 30_000,
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  moduleNameMapper: {
    // Compile the shared domain from source, as the app build does (tsconfig paths).
    '^@claimdesk/shared$': '<rootDir>/../shared/src/index.ts',
  },
};
