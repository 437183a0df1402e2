import { runRuleTests } from '../ruleTester';
// package.json and lockfile fixtures for retired-sdk: each range form, each lockfile format, and
// dependencies that are not judged (workspace, git, file, dist-tags without a lockfile).

const WHY = 'calls the retired v1 API (api.unkey.dev/v1, shut down at the end of 2025), so every call fails';
const message = (name: string, spec: string, line: string, target: string, locked?: string) =>
  `${name} ${spec}${locked ? ` (${locked})` : ''} is the v1-era SDK line ${line}, which ${WHY}. Move to ${name} ${target}.`;

const manifest = (deps: Record<string, string>, field = 'dependencies') =>
  `{\n  "name": "app",\n  "${field}": {\n${Object.entries(deps).map(([k, v]) => `    "${k}": "${v}"`).join(',\n')}\n  }\n}\n`;

/** The finding on the first dependency line (line 4), for a range string of `spec`. */
const at4 = (name: string, spec: string, line: string, target: string, locked?: string) => ({
  message: message(name, spec, line, target, locked),
  line: 4, column: 9 + name.length, endLine: 4, endColumn: 11 + name.length + spec.length,
  suggestions: [{ desc: `Depend on ${name} ${target}`, output: '' }],
});

function invalid(name: string, deps: Record<string, string>, files?: Record<string, string>, locked?: string, lineOverride?: string) {
  const [dep, spec] = Object.entries(deps)[0];
  const target = { '@unkey/api': '^2.5.1', '@unkey/nextjs': '^2.0.0', '@unkey/hono': '^2.0.0', '@unkey/ratelimit': '^2.1.4' }[dep]!;
  const code = manifest(deps);
  const line = lineOverride ?? (locked ? `${locked.split(' ')[0].split('.')[0]}.x` : `${/\d+/.exec(spec)?.[0] ?? '0'}.x`);
  const error = at4(dep, spec, line, target, locked);
  error.suggestions[0].output = code.replace(`"${dep}": "${spec}"`, `"${dep}": "${target}"`);
  return { name, code, filename: '/app/package.json', files, errors: [error], output: null };
}

const PACKAGE_LOCK_V3 = (version: string) => JSON.stringify({
  name: 'app', lockfileVersion: 3, requires: true,
  packages: { '': { name: 'app', dependencies: { '@unkey/api': '*' } }, 'node_modules/@unkey/api': { version } },
}, null, 2);
const PACKAGE_LOCK_V1 = (version: string) => JSON.stringify({ name: 'app', lockfileVersion: 1, dependencies: { '@unkey/api': { version } } }, null, 2);
const PNPM_V9 = (spec: string, version: string) => `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      '@unkey/api':\n        specifier: ${spec}\n        version: ${version}\n\npackages:\n\n  '@unkey/api@${version}':\n    resolution: {integrity: sha512-x}\n`;
const PNPM_V5 = (spec: string, version: string) => `lockfileVersion: 5.4\n\nspecifiers:\n  '@unkey/api': ${spec}\n\ndependencies:\n  '@unkey/api': ${version}\n`;
const YARN_CLASSIC = (spec: string, version: string) => `# yarn lockfile v1\n\n\n"@unkey/api@${spec}":\n  version "${version}"\n  resolved "https://registry.yarnpkg.com/@unkey/api/-/api-${version}.tgz"\n`;
const YARN_BERRY = (spec: string, version: string) => `__metadata:\n  version: 8\n\n"@unkey/api@npm:${spec}":\n  version: ${version}\n  resolution: "@unkey/api@npm:${version}"\n`;
const BUN = (spec: string, version: string) => `{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "name": "app",\n      "dependencies": {\n        "@unkey/api": "${spec}",\n      },\n    },\n  },\n  "packages": {\n    "@unkey/api": ["@unkey/api@${version}", "", {}, "sha512-x"],\n  },\n}\n`;

runRuleTests('retired-sdk', {
  valid: [
    { name: 'caret 2.x', code: manifest({ '@unkey/api': '^2.0.0' }), filename: '/app/package.json' },
    { name: 'latest (a dist-tag: npm installs 2.x)', code: manifest({ '@unkey/api': 'latest' }), filename: '/app/package.json' },
    { name: 'star', code: manifest({ '@unkey/api': '*' }), filename: '/app/package.json' },
    { name: 'a range that admits 2.x (npm picks the highest)', code: manifest({ '@unkey/api': '>=0.26.0' }), filename: '/app/package.json' },
    { name: 'either line: npm picks 2.x', code: manifest({ '@unkey/api': '^0.38.0 || ^2.0.0' }), filename: '/app/package.json' },
    { name: 'workspace protocol: not judged', code: manifest({ '@unkey/api': 'workspace:*' }), filename: '/app/package.json' },
    { name: 'git URL: not judged', code: manifest({ '@unkey/api': 'git+https://github.com/unkeyed/sdks.git#v0.26.0' }), filename: '/app/package.json' },
    { name: 'GitHub shorthand: not judged', code: manifest({ '@unkey/api': 'unkeyed/sdks#main' }), filename: '/app/package.json' },
    { name: 'file path: not judged', code: manifest({ '@unkey/api': 'file:../sdk' }), filename: '/app/package.json' },
    { name: 'npm alias: not judged', code: manifest({ '@unkey/api': 'npm:@unkey/api@0.26.0' }), filename: '/app/package.json' },
    { name: 'other packages', code: manifest({ '@unkey/cache': '^1.0.0', 'unkey-api': '^0.1.0' }), filename: '/app/package.json' },
    { name: 'hono 2.x', code: manifest({ '@unkey/hono': '^2.0.0' }), filename: '/app/package.json' },
    { name: 'a .json that is not package.json', code: manifest({ '@unkey/api': '^0.26.0' }), filename: '/app/tsconfig.json' },
    {
      name: 'range says 0.x but package-lock resolved 2.x? no: a lockfile resolving 2.x for a 2.x range is clean',
      code: manifest({ '@unkey/api': '^2.1.0' }), filename: '/app/package.json', files: { '/app/package-lock.json': PACKAGE_LOCK_V3('2.5.1') },
    },
    {
      name: 'latest resolved to 2.x in pnpm-lock.yaml',
      code: manifest({ '@unkey/api': 'latest' }), filename: '/app/package.json', files: { '/app/pnpm-lock.yaml': PNPM_V9('latest', '2.5.1') },
    },
    {
      name: 'a lockfile in another folder does not count',
      code: manifest({ '@unkey/api': '*' }), filename: '/app/package.json', files: { '/other/package-lock.json': PACKAGE_LOCK_V3('0.38.0') },
    },
  ],
  invalid: [
    invalid('caret 0.x', { '@unkey/api': '^0.26.0' }),
    invalid('tilde with two parts', { '@unkey/api': '~0.38' }),
    invalid('x-range', { '@unkey/api': '0.x' }),
    invalid('exact version', { '@unkey/api': '0.38.0' }),
    invalid('below 2', { '@unkey/api': '<2' }, undefined, undefined, '0.x'),
    invalid('a bounded range', { '@unkey/api': '>=0.26.0 <1.0.0' }),
    invalid('@unkey/nextjs 0.x', { '@unkey/nextjs': '^0.18.9' }),
    invalid('@unkey/hono 1.x', { '@unkey/hono': '^1.4.0' }),
    invalid('@unkey/ratelimit 0.x', { '@unkey/ratelimit': '^0.5.5' }),
    invalid('package-lock.json v3 resolved 0.x for *', { '@unkey/api': '*' }, { '/app/package-lock.json': PACKAGE_LOCK_V3('0.38.0') }, '0.38.0 in package-lock.json'),
    invalid('package-lock.json v1', { '@unkey/api': 'latest' }, { '/app/package-lock.json': PACKAGE_LOCK_V1('0.33.1') }, '0.33.1 in package-lock.json'),
    invalid('pnpm-lock.yaml v9', { '@unkey/api': '>=0.26.0' }, { '/app/pnpm-lock.yaml': PNPM_V9('>=0.26.0', '0.38.0') }, '0.38.0 in pnpm-lock.yaml'),
    invalid('pnpm-lock.yaml v5', { '@unkey/api': '>=0.26.0' }, { '/app/pnpm-lock.yaml': PNPM_V5('>=0.26.0', '0.36.0') }, '0.36.0 in pnpm-lock.yaml'),
    invalid('yarn.lock classic', { '@unkey/api': '*' }, { '/app/yarn.lock': YARN_CLASSIC('*', '0.35.0') }, '0.35.0 in yarn.lock'),
    invalid('yarn.lock berry', { '@unkey/api': '*' }, { '/app/yarn.lock': YARN_BERRY('*', '0.35.0') }, '0.35.0 in yarn.lock'),
    invalid('bun.lock', { '@unkey/api': '*' }, { '/app/bun.lock': BUN('*', '0.34.0') }, '0.34.0 in bun.lock'),
    invalid('the lockfile decides over a 2.x range it has not caught up with', { '@unkey/api': '^2.0.0' }, { '/app/package-lock.json': PACKAGE_LOCK_V3('0.38.0') }, '0.38.0 in package-lock.json'),
    {
      name: 'once per package: dependencies and devDependencies',
      code: '{\n  "dependencies": {\n    "@unkey/api": "^0.26.0"\n  },\n  "devDependencies": {\n    "@unkey/api": "^0.26.0"\n  }\n}\n',
      filename: '/app/package.json',
      errors: [{
        message: message('@unkey/api', '^0.26.0', '0.x', '^2.5.1'), line: 3, column: 19, endLine: 3, endColumn: 28,
        suggestions: [{ desc: 'Depend on @unkey/api ^2.5.1', output: '{\n  "dependencies": {\n    "@unkey/api": "^2.5.1"\n  },\n  "devDependencies": {\n    "@unkey/api": "^0.26.0"\n  }\n}\n' }],
      }],
      output: null,
    },
  ],
});
