import type { ErrorCode } from '../../../domain/errors/index.ts';

/** The one place error codes become words on a card. */
export const cardErrorMessages: Readonly<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: 'Some answers are missing or not valid. Check them and try again.',
  MALFORMED_JSON: 'That card action could not be read. Start again from a new card.',
  PAYLOAD_TOO_LARGE: 'That is too long. Shorten it and try again.',
  UNAUTHENTICATED: 'We could not tell who you are. Sign out of Teams and in again.',
  NOT_FOUND: 'This referral is not available to you. It may have been removed, or it is not yours to see.',
  ACTION_NOT_PERMITTED: 'You cannot do this on this referral.',
  INVALID_TRANSITION: 'Nothing was changed: this card was out of date. This is the referral as it is now.',
  VERSION_CONFLICT: 'Someone changed this referral at the same moment. Try again.',
  VERSION_REQUIRED: 'That card action could not be read. Start again from a new card.',
  NOT_READY_TO_SUBMIT: 'The referral is not ready yet. Finish it in the tab.',
  REVIEWER_INVALID: 'Choose a reviewer from your agency other than yourself.',
  RATE_LIMITED: 'Too many requests. Try again in a moment.',
  SERVICE_UNAVAILABLE: 'The service is busy. Try again in a moment.',
  INTERNAL_ERROR: 'Something went wrong on our side. Try again; if it keeps happening, tell your IT team.',
};
