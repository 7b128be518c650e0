/** A PRSG member: the person in an agency who quality-assures its referrals. */
export interface Reviewer {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly agencyId: string;
}

/** Who the PRSG members are, by agency (the profile's list; in dev mode also the sample reviewers). */
export interface ReviewerDirectory {
  findReviewer(tenantId: string, userId: string): Promise<Reviewer | undefined>;
  listReviewers(tenantId: string, agencyId?: string): Promise<Reviewer[]>;
}
