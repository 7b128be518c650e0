import { describe, it, expect } from '@jest/globals';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnService, spawnServiceExpectingFailure } from '../support/spawn-service.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'prr-main-'));

describe('the service process', () => {
  it('starts on the embedded defaults, prints its URLs, is ready, and exits 0 on SIGTERM', async () => {
    const dir = dataDir();
    const service = await spawnService({ DATA_DIR: dir });
    expect(service.output()).toMatch(/DEV MODE/);
    expect(service.output()).toMatch(/http:\/\/127\.0\.0\.1:\d+\/api\/assessments/);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${service.url}/readyz`)).json()).toEqual({ status: 'ready' });
    expect(existsSync(join(dir, 'referrals.sqlite'))).toBe(true);
    expect(await service.stop('SIGTERM')).toBe(0);
  });

  it('lets an in-flight request finish before exiting on SIGTERM', async () => {
    const service = await spawnService({ DATA_DIR: dataDir() });
    const { token } = (await (
      await fetch(`${service.url}/api/dev/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: 'referrer' }),
      })
    ).json()) as { token: string };
    // Start a request whose body arrives slowly, then ask the process to stop while it is in flight.
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode('{"answers":{"immediateRisk":true,"event":"died",'));
        await rest;
        controller.enqueue(
          new TextEncoder().encode(
            '"abuseOrNeglect":"known","childStatus":"under_18","location":"in_area","practiceConcern":"no","goodPracticeOutcome":false}}',
          ),
        );
        controller.close();
      },
    });
    const inFlight = fetch(`${service.url}/api/assessments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
      duplex: 'half',
    } as RequestInit);
    await new Promise((r) => setTimeout(r, 200));
    const exit = service.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    sendRest();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: 'urgent_action' });
    expect(await exit).toBe(0);
  });

  it('keeps its dev keys and data across a restart', async () => {
    const dir = dataDir();
    const first = await spawnService({ DATA_DIR: dir });
    await first.stop();
    const second = await spawnService({ DATA_DIR: dir });
    expect(second.output()).not.toMatch(/generated an encryption key/);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    await second.stop();
  });

  it('refuses dev mode under NODE_ENV=production with a message naming the setting', async () => {
    const { code, output } = await spawnServiceExpectingFailure({
      NODE_ENV: 'production',
      DATA_DIR: dataDir(),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/Cannot start: APP_MODE/);
  });

  it('names the missing production settings and does not start', async () => {
    const { code, output } = await spawnServiceExpectingFailure({
      APP_MODE: 'production',
      NODE_ENV: 'production',
    });
    expect(code).toBe(1);
    expect(output).toMatch(/DATABASE_URL, ENCRYPTION_KEYS, AZURE_TENANT_ID, AZURE_CLIENT_ID/);
  });
});
