/**
 * The one error catalogue. Every failure the product reports carries one of these codes;
 * adapters map each code once: to an HTTP status (adapters/http) and to a card message (adapters/teams).
 */
export const errorCatalogue = {
  VALIDATION_FAILED: 'Some fields are missing or not valid.',
  MALFORMED_JSON: 'The request body is not valid JSON.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNAUTHENTICATED: 'Sign-in is required.',
  NOT_FOUND: 'Not found.',
  ACTION_NOT_PERMITTED: 'You cannot do this on this referral.',
  INVALID_TRANSITION: 'The referral is not in a state that allows this.',
  VERSION_CONFLICT: 'Someone else saved a newer version; reload before saving again.',
  VERSION_REQUIRED: 'Send the version you are editing in If-Match.',
  NOT_READY_TO_SUBMIT: 'The referral is not ready to submit.',
  REVIEWER_INVALID: 'Choose a PRSG member for your agency other than yourself.',
  RATE_LIMITED: 'Too many requests; try again shortly.',
  SERVICE_UNAVAILABLE: 'The service is not ready.',
  INTERNAL_ERROR: 'Something went wrong on our side.',
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];
