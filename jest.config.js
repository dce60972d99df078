/** Unit specs sit next to the code; e2e tests under test/ boot the real app on real PostgreSQL. */
// Full (type-aware) compilation, not transpile-only: decorator metadata must be what `tsc` emits
// for the built service, or pipes see other parameter types in tests than in production.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }];
const moduleNameMapper = {
  '^@app/(data|http|xml|codes|client)$': '<rootDir>/libs/$1/src',
  '^@app/(data|http|xml|codes|client)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const common = {
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability/**/*.rel-spec.ts'] },
    // needs mono (mcs, mono, System.Runtime.Serialization): `.ci/run` installs it
    { ...common, displayName: 'dotnet', testMatch: ['<rootDir>/test/dotnet/**/*.dotnet-spec.ts'] },
  ],
};
