/** How a partnership counts its referral deadline. Set in the partnership profile. */
export interface DeadlineRule {
  /** How many days the agency has, e.g. 5. */
  readonly days: number;
  /** `working`: weekends, bank holidays and closure days do not count. `calendar`: every day counts. */
  readonly dayKind: 'working' | 'calendar';
  /** Which date starts the clock: the incident, or the day the agency became aware of it. */
  readonly clockStart: 'incident' | 'awareness';
  /** Extra non-working days (YYYY-MM-DD), e.g. a council closure day. */
  readonly closureDays: readonly string[];
}
