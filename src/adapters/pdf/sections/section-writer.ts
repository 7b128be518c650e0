import type { ReferralDocument } from '../../../app/ports/referral-document-renderer.ts';
import type { TaggedWriter } from '../tagged-writer.ts';

/** Writes the body of one section; the section's heading is already written. */
export type SectionWriter = (section: TaggedWriter, document: ReferralDocument) => void;
