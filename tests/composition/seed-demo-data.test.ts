import { describe, it, expect } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { devUsers } from '../../src/adapters/auth/dev-users.ts';
import { seedDemoData } from '../../src/composition/seed-demo-data.ts';
import { openStore } from '../../src/composition/open-store.ts';
import { createLogger } from '../../src/adapters/logging/create-logger.ts';
import { referralStates } from '../../src/domain/workflow/index.ts';
import { loadConfig } from '../../src/config/app-config.ts';
import { spawnServiceExpectingFailure } from '../support/spawn-service.ts';

describe('demo data (npm run seed)', () => {
  it('fills the embedded database with a referral in every state but the transient "sending"', async () => {
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'prr-seed-')) });
    expect(await seedDemoData(config)).toBeGreaterThan(8);
    const { store, database } = await openStore(
      config,
      createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() })),
    );
    try {
      const all = await store.referrals.listByStates(config.auth.tenantId, referralStates);
      expect(new Set(all.map((r) => r.state))).toEqual(
        new Set(referralStates.filter((s) => s !== 'sending')),
      );
      expect(new Set(all.map((r) => r.ownerId))).toEqual(
        new Set([devUsers.referrer.userId, devUsers['other-referrer'].userId]),
      );
      expect(await store.audit.verify(config.auth.tenantId)).toMatchObject({ ok: true });
    } finally {
      await database.close();
    }
  });

  it('refuses to run outside dev mode', async () => {
    const result = await spawnServiceExpectingFailure(
      { APP_MODE: 'production' },
      'src/composition/seed-demo-data.ts',
    );
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Cannot seed: APP_MODE=production needs/);
  });
});
