import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { sql } from 'kysely';
import { migrateToLatest } from '../../../src/adapters/store/migrate.ts';
import { purgeExpiredReferrals } from '../../../src/app/referrals/purge-expired-referrals.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import { createTestDatabase, testDialects } from '../../support/database.ts';
import { startDeliveryHarness, type DeliveryHarness } from '../../support/delivery-harness.ts';

describe.each(testDialects)('the deliveries table (%s)', (dialect) => {
  let harness: DeliveryHarness;
  beforeEach(async () => {
    harness = await startDeliveryHarness(dialect);
  });
  afterEach(() => harness.destroy());

  const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, minute));

  it('opens one row per referral, however often it is opened', async () => {
    const { id } = await harness.approvedReferral();
    const deliveries = harness.store.deliveries;
    const first = await deliveries.open(devTenantId, id, at(0));
    const again = await deliveries.open(devTenantId, id, at(5));
    expect(first).toMatchObject({ state: 'creating', run: 0, attempts: 0, messageId: null, sentAt: null });
    expect(again).toEqual(first);
    expect(await deliveries.find('another-tenant', id)).toBeUndefined();
  });

  it('numbers each run, and lets only the latest run write', async () => {
    const { id } = await harness.approvedReferral();
    const deliveries = harness.store.deliveries;
    await deliveries.open(devTenantId, id, at(0));
    const one = await deliveries.beginRun(devTenantId, id, at(1));
    const two = await deliveries.beginRun(devTenantId, id, at(2));
    expect([one?.run, two?.run, two?.attempts]).toEqual([1, 2, 2]);
    expect(
      await deliveries.updateIfRun(devTenantId, id, 1, {
        state: 'draft_created',
        messageId: 'old',
        updatedAt: at(3),
      }),
    ).toBeUndefined();
    const saved = await deliveries.updateIfRun(devTenantId, id, 2, {
      state: 'send_unconfirmed',
      messageId: 'AAkALg=',
      sendRequestedAt: at(4),
      updatedAt: at(4),
    });
    expect(saved).toMatchObject({
      state: 'send_unconfirmed',
      messageId: 'AAkALg=',
      sendRequestedAt: at(4),
      updatedAt: at(4),
    });
    expect(await deliveries.updateIfRun(devTenantId, id, 2, { attempts: 0, updatedAt: at(5) })).toMatchObject(
      { run: 2, attempts: 0 },
    );
  });

  it('refuses a state outside the protocol', async () => {
    const { id } = await harness.approvedReferral();
    await harness.store.deliveries.open(devTenantId, id, at(0));
    await expect(
      harness.database.db
        .updateTable('deliveries')
        .set({ state: 'maybe' })
        .where('referral_id', '=', id)
        .execute(),
    ).rejects.toThrow();
  });

  it('goes when the retention purge removes its referral', async () => {
    const { id } = await harness.approvedReferral();
    await harness.store.deliveries.open(devTenantId, id, at(0));
    await harness.database.db
      .updateTable('referrals')
      .set({ state: 'sent', updated_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', id)
      .execute();
    expect((await purgeExpiredReferrals(harness.referrals)).closed).toBe(1);
    expect(await harness.store.deliveries.find(devTenantId, id)).toBeUndefined();
  });
});

describe.each(testDialects)('migration 0002-deliveries (%s)', (dialect) => {
  it('creates the deliveries table, and running it again changes nothing', async () => {
    const database = await createTestDatabase(dialect, { migrate: false });
    try {
      const applied = await migrateToLatest(database);
      expect(applied).toContain('0002-deliveries');
      expect(await migrateToLatest(database)).toEqual([]);
      const { rows } = await sql<{ n: number }>`select count(*) as n from deliveries`.execute(database.db);
      expect(Number(rows[0]?.n)).toBe(0);
    } finally {
      await database.destroy();
    }
  });
});
