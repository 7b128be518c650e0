const referralId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Places in the tab a card can open: a referral by id, or one of the tab's own pages. */
export interface TabLinks {
  home(): string;
  guidance(): string;
  referral(id: string): string;
}

/**
 * Teams deep links into the personal tab. Only ids and fixed page names ever go into them; never a
 * person's words.
 */
export function tabLinks(appId: string, entityId: string): TabLinks {
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}`;
  const withContext = (subEntityId: string) =>
    `${base}?context=${encodeURIComponent(JSON.stringify({ subEntityId }))}`;
  return {
    home: () => base,
    guidance: () => withContext('guidance'),
    referral(id) {
      if (!referralId.test(id)) throw new RangeError('a referral link takes a referral id');
      return withContext(id.toLowerCase());
    },
  };
}
