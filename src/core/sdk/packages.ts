// The Unkey TypeScript SDKs and what changed between their v1-era lines and 2.x. A copy of the
// facts in Unkey's SDK sources (the monorepo's packages/ before the move to unkeyed/sdks, and
// unkeyed/sdks today), kept here so neither the engine nor its tests read anything outside the project.

export interface SdkPackage {
  name: string;
  /** The v1-era line, for messages: every version below 2 calls api.unkey.dev/v1. */
  line: string;
  /** The range to move to (the 2.x release the migrations are checked against). */
  target: string;
}

/** The SDKs whose versions below 2 call the retired v1 API. */
export const SDK_PACKAGES: ReadonlyMap<string, SdkPackage> = new Map(
  [
    { name: '@unkey/api', line: '0.x', target: '^2.5.1' },
    { name: '@unkey/hono', line: '1.x', target: '^2.0.0' },
    { name: '@unkey/nextjs', line: '0.x', target: '^2.0.0' },
    { name: '@unkey/ratelimit', line: '0.x', target: '^2.1.4' },
  ].map((p) => [p.name, p]),
);

/** The first major that calls the v2 API, for every package above. */
export const FIRST_V2_MAJOR = 2;

/**
 * `@unkey/api` 0.x method (`namespace.method`) → its 2.x name, or null when 2.x has no twin (the
 * string says what to do instead). Methods not listed kept their names.
 */
export const V1_METHODS: ReadonlyMap<string, string | { none: string }> = new Map<string, string | { none: string }>([
  ['analytics.getVerifications', 'analytics.getVerifications'],
  ['apis.create', 'apis.createApi'],
  ['apis.delete', 'apis.deleteApi'],
  ['apis.get', 'apis.getApi'],
  ['apis.listKeys', 'apis.listKeys'],
  ['identities.create', 'identities.createIdentity'],
  ['identities.delete', 'identities.deleteIdentity'],
  ['identities.get', 'identities.getIdentity'],
  ['identities.list', 'identities.listIdentities'],
  ['identities.update', 'identities.updateIdentity'],
  ['keys.addPermissions', 'keys.addPermissions'],
  ['keys.addRoles', 'keys.addRoles'],
  ['keys.create', 'keys.createKey'],
  ['keys.delete', 'keys.deleteKey'],
  ['keys.get', 'keys.getKey'],
  ['keys.getVerifications', { none: '2.x has no keys.getVerifications: query analytics.getVerifications with SQL instead' }],
  ['keys.removePermissions', 'keys.removePermissions'],
  ['keys.removeRoles', 'keys.removeRoles'],
  ['keys.setPermissions', 'keys.setPermissions'],
  ['keys.setRoles', 'keys.setRoles'],
  ['keys.update', 'keys.updateKey'],
  ['keys.updateRemaining', 'keys.updateCredits'],
  ['keys.verify', 'keys.verifyKey'],
  ['migrations.createKeys', 'keys.migrateKeys'],
  ['migrations.enqueueKeys', { none: '2.x has no migrations.enqueueKeys: migrate keys with keys.migrateKeys' }],
  ['permissions.createPermission', 'permissions.createPermission'],
  ['permissions.createRole', 'permissions.createRole'],
  ['permissions.deletePermission', 'permissions.deletePermission'],
  ['permissions.deleteRole', 'permissions.deleteRole'],
  ['permissions.getPermission', 'permissions.getPermission'],
  ['permissions.getRole', 'permissions.getRole'],
  ['permissions.listPermissions', 'permissions.listPermissions'],
  ['permissions.listRoles', 'permissions.listRoles'],
  ['ratelimits.deleteOverride', 'ratelimit.deleteOverride'],
  ['ratelimits.getOverride', 'ratelimit.getOverride'],
  ['ratelimits.limit', 'ratelimit.limit'],
  ['ratelimits.listOverrides', 'ratelimit.listOverrides'],
  ['ratelimits.setOverride', 'ratelimit.setOverride'],
]);

/** Method names only the 2.x client has (`keys.verifyKey`): a file calling one is written for 2.x. */
export const V2_ONLY_METHODS: ReadonlySet<string> = new Set(
  [...V1_METHODS].flatMap(([from, to]) => (typeof to === 'string' && to !== from ? [to] : [])).filter((to) => !V1_METHODS.has(to)),
);
