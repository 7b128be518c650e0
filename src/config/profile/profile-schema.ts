import { z } from 'zod';
import { outcomes } from '../../domain/criteria/outcomes.ts';

const isoDate = z.iso.date();
const text = z.string().trim().min(1).max(2000);
const link = z.object({ title: text, url: z.url({ protocol: /^https$/ }) }).strict();

const outcomeText = z
  .object({
    title: text,
    summary: text,
    nextSteps: z.array(text).min(1).max(10),
  })
  .strict();

const agency = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'lower-case letters, digits and hyphens'),
    name: text,
  })
  .strict();

const prsgMember = z
  .object({
    agencyId: z.string(),
    /** Entra ID object id (oid) of the member. */
    objectId: z.string().min(1).max(64),
    name: text,
    email: z.email(),
  })
  .strict();

/**
 * Everything that differs between partnerships. A second partnership is a second profile, never a code change.
 */
export const partnershipProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
    name: text,
    shortName: z.string().trim().min(1).max(20),
    mailbox: z.email(),
    website: z.url({ protocol: /^https$/ }),
    qaRoleName: text,
    securityMarking: z
      .string()
      .regex(/^[A-Z][A-Z0-9 -]{1,40}$/, 'upper-case marking such as OFFICIAL-SENSITIVE'),
    referencePrefix: z.string().regex(/^[A-Z]{2,8}$/),
    timeZone: z.literal('Europe/London'),
    deadline: z
      .object({
        days: z.number().int().min(1).max(60),
        dayKind: z.enum(['working', 'calendar']),
        clockStart: z.enum(['incident', 'awareness']),
        closureDays: z.array(isoDate).max(200),
      })
      .strict(),
    rapidReviewWorkingDays: z.number().int().min(1).max(60),
    agencies: z.array(agency).min(1).max(100),
    prsgMembers: z.array(prsgMember).max(500),
    reviewTypes: z.array(text).min(1).max(20),
    outcomes: z.object(
      Object.fromEntries(outcomes.map((o) => [o, outcomeText])) as Record<
        (typeof outcomes)[number],
        typeof outcomeText
      >,
    ),
    guidance: z
      .object({
        seriousHarm: text,
        dataMinimisation: text,
        links: z.array(link).min(1).max(20),
      })
      .strict(),
    contacts: z.array(
      z.object({ label: text, email: z.email().optional(), phone: z.string().max(40).optional() }).strict(),
    ),
    retention: z
      .object({
        abandonedDraftDays: z.number().int().min(1).max(3650),
        sentReferralDays: z.number().int().min(30).max(36500),
      })
      .strict(),
    delivery: z
      .object({
        copyReferrerAndReviewer: z.boolean(),
        sendAttempts: z.number().int().min(1).max(20),
      })
      .strict(),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const agencyIds = new Set(profile.agencies.map((a) => a.id));
    profile.prsgMembers.forEach((member, index) => {
      if (!agencyIds.has(member.agencyId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['prsgMembers', index, 'agencyId'],
          message: `unknown agency "${member.agencyId}"`,
        });
      }
    });
  });

export type PartnershipProfile = Readonly<z.infer<typeof partnershipProfileSchema>>;
