import type { PartnershipProfile } from '../../../config/profile/profile-schema.ts';
import { paragraph, plain, showCard } from './card-kit.ts';

/** The profile's contacts, opened in place under the card (no round trip to the bot). */
export function contactsAction(profile: PartnershipProfile) {
  const lines = profile.contacts.flatMap((contact) => [
    plain(contact.label),
    ...(contact.email ? [plain(contact.email, 'Email:')] : []),
    ...(contact.phone ? [plain(contact.phone, 'Phone:')] : []),
  ]);
  return showCard('Contacts', lines.length ? lines : [paragraph('Ask your Safeguarding Lead.')]);
}
