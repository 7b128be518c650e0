import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { devTenantId } from '../../../config/app-config.ts';
import { devUserKeys, type DevUserKey } from '../../auth/dev-users.ts';
import { playgroundConfigYaml } from './playground-config.ts';

/**
 * `npm run playground`: the service in dev mode (embedded defaults) and the Microsoft 365 Agents
 * Playground pointed at its /api/messages, telemetry off, so a person can chat with the bot locally.
 * `-- --as reviewer` plays the sample PRSG member instead of the referrer.
 */
const { values } = parseArgs({
  options: {
    as: { type: 'string', default: 'referrer' },
    port: { type: 'string', default: '3978' },
    'playground-port': { type: 'string', default: '56150' },
    'no-browser': { type: 'boolean', default: false },
  },
});
const as = values.as as DevUserKey;
if (!devUserKeys.includes(as)) {
  console.error(`--as must be one of: ${devUserKeys.join(', ')}`);
  process.exit(2);
}

const root = join(import.meta.dirname, '..', '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'prr-playground-'));
const configFile = join(work, '.m365agentsplayground.yml');
writeFileSync(configFile, playgroundConfigYaml(devTenantId, as));

const children: ChildProcess[] = [];
const stopAll = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));

const service = spawn(process.execPath, [join(root, 'src', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: values.port, HOST: '127.0.0.1' },
});
children.push(service);
service.once('exit', (code) => stopAll(code ?? 1));

async function waitUntilReady(url: string): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the service did not become ready at ${url}`);
}

await waitUntilReady(`http://127.0.0.1:${values.port}/readyz`);
const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
const playground = spawn(
  process.execPath,
  [
    cli,
    '--disable-telemetry',
    '--app-endpoint',
    `http://127.0.0.1:${values.port}/api/messages`,
    '--channel-id',
    'msteams',
    '--port',
    values['playground-port'],
  ],
  {
    cwd: work,
    stdio: 'inherit',
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
      M365_AGENTS_PLAYGROUND_LOGFILE: join(work, 'playground.log'),
      ...(values['no-browser'] ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
    },
  },
);
children.push(playground);
playground.once('exit', (code) => stopAll(code ?? 0));
console.log(`Agents Playground: http://127.0.0.1:${values['playground-port']} (you are the sample ${as})`);
