/**
 * Which card views this process has already written to the audit trail today. Teams refreshes a card
 * every time someone looks at it; the trail records the first view of each version of a referral by
 * each person each day (per process), not every glance, so it stays readable and the chain's lock is
 * not taken for every scroll through a chat.
 */
export interface CardViews {
  /** True the first time this person sees this version of this referral today: audit it. */
  firstToday(tenantId: string, userId: string, referralId: string, version: number, day: string): boolean;
}

const maxRemembered = 100_000;

export function cardViewMemory(): CardViews {
  const seen = new Map<string, string>();
  return {
    firstToday(tenantId, userId, referralId, version, day) {
      const key = `${tenantId}|${userId}|${referralId}|${version}`;
      if (seen.get(key) === day) return false;
      if (seen.size >= maxRemembered) seen.clear();
      seen.set(key, day);
      return true;
    },
  };
}
