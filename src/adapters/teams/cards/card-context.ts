import type { PartnershipProfile } from '../../../config/profile/profile-schema.ts';
import type { TabLinks } from './deep-links.ts';

/** What every card builder may use besides its own facts. */
export interface CardContext {
  readonly profile: PartnershipProfile;
  readonly links: TabLinks;
  /** Shows a DEV MODE line, as every page does in the embedded default. */
  readonly devMode: boolean;
}
