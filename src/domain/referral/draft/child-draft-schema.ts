import { z } from 'zod';
import { ethnicityCodes } from '../ethnicity.ts';
import { legalStatuses } from '../legal-status.ts';
import { listLimits, textLimits } from '../limits.ts';
import { dobKinds, sexOrGenderOptions } from '../referral-options.ts';
import { draftChoice, draftChoices, draftText } from './draft-fields.ts';

export const childNamesDraftSchema = z.strictObject({
  fullName: draftText(textLimits.name),
  otherNames: z.array(draftText(textLimits.name).unwrap()).max(listLimits.otherNames).optional(),
});

export const childDraftSchema = z.strictObject({
  names: childNamesDraftSchema.optional(),
  dobKind: draftChoice(dobKinds),
  dateOfBirth: draftText(textLimits.date),
  expectedDueDate: draftText(textLimits.date),
  approximateAgeYears: z.number().optional(),
  sexOrGender: draftChoice(sexOrGenderOptions),
  ethnicity: draftChoice(ethnicityCodes),
  address: draftText(textLimits.address),
  postcode: draftText(textLimits.postcode),
  legalStatus: draftChoices(legalStatuses),
  nhsNumber: draftText(textLimits.nhsNumber),
  carer: z
    .strictObject({
      who: draftText(textLimits.carer),
      where: draftText(textLimits.carer),
    })
    .optional(),
});

export type ChildDraft = z.infer<typeof childDraftSchema>;
