/**
 * How a referral's message is recognised in the sending mailbox, whichever run created it: a
 * single-value extended property in this product's own property-set GUID (never reused elsewhere),
 * plus an `x-` internet header for whoever reads the message source.
 */
export const referralPropertySetId = '4b1a6a1e-2f0c-4c59-9a7e-6d3f2c1b8e57';
export const referralPropertyId = `String {${referralPropertySetId}} Name PracticeReviewReferralId`;
export const referralHeaderName = 'x-prr-referral-id';

const odataString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `$filter` for messages tagged with this referral id. */
export const taggedFilter = (referralId: string): string =>
  `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(referralPropertyId)} and ep/value eq ${odataString(referralId)})`;
