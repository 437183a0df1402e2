/** The JS/TS files of the sample and the fixtures that tests run whole through the engine (paths from the repository root). */
export const JS_TS_FIXTURES = [
  'sample/src/keys.ts',
  'test/fixtures/lsp/calls.ts',
  'test/fixtures/v1-app/src/unkey.ts',
  'test/fixtures/v1-app/src/admin.js',
  'test/fixtures/workspace/src/KeyTable.tsx',
  'test/fixtures/workspace/src/client.ts',
  'test/fixtures/workspace/src/admin.js',
  'test/fixtures/cli/project/src/calls.ts',
  'test/fixtures/sdk-v1/src/route.ts',
  'test/fixtures/sdk-v1/src/keys.ts',
  'test/fixtures/sdk-v1/src/server.ts',
];
