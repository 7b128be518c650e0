import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { ContentDecryptionError } from '../../../src/adapters/store/content-cipher.ts';
import { createKyselyStore } from '../../../src/adapters/store/kysely-store.ts';
import type { Store } from '../../../src/app/ports/store.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../support/database.ts';
import { aReferral, minutesAfter, newTenantId, t0, testCipher } from './store-fixtures.ts';

for (const dialect of testDialects) {
  describe(`referral repository (${dialect})`, () => {
    let database: TestDatabase;
    let store: Store;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      store = createKyselyStore({ db: database.db, dialect, cipher: testCipher() });
    });
    afterAll(() => database.destroy());

    const rawRow = (id: string) =>
      database.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    it('stores a new referral at version 1 and reads it back unchanged', async () => {
      const referral = aReferral({
        tenantId: newTenantId(),
        reviewerId: 'user-prsg',
        submittedAt: minutesAfter(t0, 5),
      });
      expect(await store.referrals.insert(referral)).toEqual({ ...referral, version: 1 });
      const found = await store.referrals.findById(referral.tenantId, referral.id);
      expect(found).toEqual({ ...referral, version: 1 });
      expect(found?.createdAt).toBeInstanceOf(Date);
    });

    it('never writes the content in plain text', async () => {
      const marker = `Zebedee-${randomUUID()}`;
      const referral = aReferral({ tenantId: newTenantId(), content: { child: { name: marker } } });
      await store.referrals.insert(referral);
      const row = await rawRow(referral.id);
      expect(Buffer.from(row.content).includes(marker)).toBe(false);
      expect(JSON.stringify(row)).not.toContain(marker);
      expect(row.key_id).toBe('k1');
      expect((await store.referrals.findById(referral.tenantId, referral.id))?.content).toEqual({
        child: { name: marker },
      });
    });

    it('refuses to decrypt content copied from another referral', async () => {
      const tenantId = newTenantId();
      const [a, b] = [aReferral({ tenantId }), aReferral({ tenantId })];
      await store.referrals.insert(a);
      await store.referrals.insert(b);
      const { content } = await rawRow(a.id);
      await database.db.updateTable('referrals').set({ content }).where('id', '=', b.id).execute();
      await expect(store.referrals.findById(tenantId, b.id)).rejects.toThrow(ContentDecryptionError);
    });

    it('reads referrals written before a key rotation and writes new content with the new key', async () => {
      const referral = aReferral({ tenantId: newTenantId() });
      await store.referrals.insert(referral);
      const rotated = createKyselyStore({ db: database.db, dialect, cipher: testCipher('k2') });
      expect((await rotated.referrals.findById(referral.tenantId, referral.id))?.content).toEqual(
        referral.content,
      );
      await rotated.referrals.updateIfVersion(referral.tenantId, referral.id, 1, {
        content: { rewritten: true },
        updatedAt: minutesAfter(t0, 1),
      });
      expect((await rawRow(referral.id)).key_id).toBe('k2');
    });

    it('updates when the version matches, adding 1 to it and re-encrypting the content', async () => {
      const referral = aReferral({ tenantId: newTenantId() });
      await store.referrals.insert(referral);
      const updatedAt = minutesAfter(t0, 10);
      const updated = await store.referrals.updateIfVersion(referral.tenantId, referral.id, 1, {
        state: 'submitted',
        reviewerId: 'user-prsg',
        submittedAt: updatedAt,
        content: { edited: true },
        updatedAt,
      });
      expect(updated).toEqual({
        ...referral,
        state: 'submitted',
        reviewerId: 'user-prsg',
        submittedAt: updatedAt,
        content: { edited: true },
        updatedAt,
        version: 2,
      });
      expect(await store.referrals.findById(referral.tenantId, referral.id)).toEqual(updated);
    });

    it('keeps the content when an update does not change it', async () => {
      const referral = aReferral({ tenantId: newTenantId() });
      await store.referrals.insert(referral);
      const updated = await store.referrals.updateIfVersion(referral.tenantId, referral.id, 1, {
        dueBy: null,
        updatedAt: minutesAfter(t0, 1),
      });
      expect(updated?.content).toEqual(referral.content);
      expect(updated?.dueBy).toBeNull();
    });

    it('refuses a stale version and changes nothing', async () => {
      const referral = aReferral({ tenantId: newTenantId() });
      await store.referrals.insert(referral);
      await store.referrals.updateIfVersion(referral.tenantId, referral.id, 1, {
        updatedAt: minutesAfter(t0, 1),
      });
      const before = await rawRow(referral.id);
      const stale = await store.referrals.updateIfVersion(referral.tenantId, referral.id, 1, {
        state: 'withdrawn',
        content: { overwritten: true },
        updatedAt: minutesAfter(t0, 2),
      });
      expect(stale).toBeUndefined();
      expect(await rawRow(referral.id)).toEqual(before);
    });

    it('lets exactly one of two racing saves of the same version win', async () => {
      const referral = aReferral({ tenantId: newTenantId() });
      await store.referrals.insert(referral);
      const save = (text: string) =>
        store.referrals.updateIfVersion(referral.tenantId, referral.id, 1, {
          content: { text },
          updatedAt: minutesAfter(t0, 1),
        });
      const results = await Promise.all([save('first'), save('second')]);
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
      expect((await store.referrals.findById(referral.tenantId, referral.id))?.version).toBe(2);
    });

    it('lists by owner, reviewer and state, newest first, within the tenant only', async () => {
      const tenantId = newTenantId();
      const older = aReferral({ tenantId, ownerId: 'owner-a', reviewerId: 'prsg-a', state: 'submitted' });
      const newer = aReferral({
        tenantId,
        ownerId: 'owner-a',
        reviewerId: 'prsg-a',
        state: 'draft',
        createdAt: minutesAfter(t0, 1),
      });
      const otherOwner = aReferral({
        tenantId,
        ownerId: 'owner-b',
        state: 'sent',
        createdAt: minutesAfter(t0, 2),
      });
      const otherTenant = aReferral({ tenantId: newTenantId(), ownerId: 'owner-a', reviewerId: 'prsg-a' });
      for (const referral of [older, newer, otherOwner, otherTenant]) await store.referrals.insert(referral);

      const ids = (records: { id: string }[]) => records.map((r) => r.id);
      expect(ids(await store.referrals.listByOwner(tenantId, 'owner-a'))).toEqual([newer.id, older.id]);
      expect(ids(await store.referrals.listByOwner(tenantId, 'owner-a', { limit: 1 }))).toEqual([newer.id]);
      expect(ids(await store.referrals.listByReviewer(tenantId, 'prsg-a'))).toEqual([newer.id, older.id]);
      expect(ids(await store.referrals.listByStates(tenantId, ['submitted', 'sent']))).toEqual([
        otherOwner.id,
        older.id,
      ]);
      expect(await store.referrals.listByStates(tenantId, [])).toEqual([]);
    });

    it('finds nothing for the same id in another tenant', async () => {
      const referral = aReferral({ tenantId: newTenantId() });
      await store.referrals.insert(referral);
      expect(await store.referrals.findById(newTenantId(), referral.id)).toBeUndefined();
      expect(
        await store.referrals.updateIfVersion(newTenantId(), referral.id, 1, { updatedAt: t0 }),
      ).toBeUndefined();
      expect(await store.referrals.delete(newTenantId(), referral.id)).toBe(false);
    });

    it('refuses a reference already used in the tenant, but not in another tenant', async () => {
      const tenantId = newTenantId();
      const first = aReferral({ tenantId, reference: 'SSCP-2026-0001' });
      await store.referrals.insert(first);
      await expect(
        store.referrals.insert(aReferral({ tenantId, reference: 'SSCP-2026-0001' })),
      ).rejects.toThrow();
      await store.referrals.insert(aReferral({ tenantId: newTenantId(), reference: 'SSCP-2026-0001' }));
    });

    it('deletes a referral for a retention purge', async () => {
      const referral = aReferral({ tenantId: newTenantId() });
      await store.referrals.insert(referral);
      expect(await store.referrals.delete(referral.tenantId, referral.id)).toBe(true);
      expect(await store.referrals.findById(referral.tenantId, referral.id)).toBeUndefined();
      expect(await store.referrals.delete(referral.tenantId, referral.id)).toBe(false);
    });
  });
}
