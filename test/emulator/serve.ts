// Runs the Unkey API emulator in the foreground, to try the key tester offline:
//   npx tsx test/emulator/serve.ts [--port 8787] [--fault slow|500|429|nonjson|redirect]
// then set "unkeyLint.apiBaseUrl" in your USER settings to the printed URL. The keys below are
// made up for the emulator and work nowhere else.
import { startEmulator, type Fault } from './index';

const DEMO_ROOT_KEYS = {
  unkey_3ZemuLatorVa1idRootKey12: 'valid',
  unkey_3ZemuLatorDisab1edRootKey: 'disabled',
  unkey_3ZemuLatorWorkspaceDisab1ed: 'workspace_disabled',
} as const;

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const emulator = await startEmulator({
    port: Number(flag('port') ?? 8787),
    fault: flag('fault') as Fault | undefined,
    rootKeys: DEMO_ROOT_KEYS,
    userKeys: {
      sk_demo_user_key_1: {
        keyId: 'key_demo1',
        name: 'Demo customer',
        credits: 100,
        permissions: ['documents.read'],
        roles: ['reader'],
        identity: { id: 'id_demo', externalId: 'customer_42' },
        ratelimits: [{ id: 'rl_demo_requests', name: 'requests', limit: 10, duration: 60_000, reset: 60_000, remaining: 10, autoApply: true }],
      },
    },
    apis: { api_demo1234: 'demo-api' },
  });
  console.log(`Unkey API emulator on ${emulator.url}`);
  console.log(`  set "unkeyLint.apiBaseUrl": "${emulator.url}" in your user settings`);
  for (const [key, state] of Object.entries(DEMO_ROOT_KEYS)) console.log(`  root key (${state}): ${key}`);
  console.log('  end user key: sk_demo_user_key_1   api: api_demo1234');
  const stop = (): void => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
