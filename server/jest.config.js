// Two projects: `unit` (specs beside the code) and `integration` (HTTP suites against the real app on a
// real database). `npm run test:postgres` selects `integration` with DATABASE_URL pointing at PostgreSQL.
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@claimdesk/shared$': '<rootDir>/../shared/src' },
};

/** @type {import('jest').Config} */
module.exports = {
  // Global-only option (ignored inside a project): app start-up and scrypt logins on a shared 2-core machine.
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
    },
  ],
};
