import { z } from 'zod';

const account = z.object({
  id: z.string().min(1).max(512),
  name: z.string().max(512).optional(),
  aadObjectId: z.string().max(64).optional(),
});

/**
 * The envelope every Teams activity has. Checked before the SDK sees the activity, so a malformed
 * request is a 400, not an exception inside the SDK.
 */
export const activityEnvelopeSchema = z.object({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: account,
  recipient: account,
  conversation: z.object({
    id: z.string().min(1).max(1024),
    conversationType: z.string().max(32).optional(),
    tenantId: z.string().max(64).optional(),
  }),
  channelData: z.object({ tenant: z.object({ id: z.string().max(64) }).optional() }).optional(),
  name: z.string().max(128).optional(),
  text: z.string().max(100_000).optional(),
  replyToId: z.string().max(512).optional(),
  action: z.string().max(32).optional(),
});

export type ActivityEnvelope = z.infer<typeof activityEnvelopeSchema>;

// The SDK hands handlers the very object our route parsed, so each activity is checked once.
const checked = new WeakMap<object, ActivityEnvelope | undefined>();

/** The activity's envelope, or undefined when it is not one (checked once per activity object). */
export function envelopeOf(activity: unknown): ActivityEnvelope | undefined {
  if (typeof activity !== 'object' || activity === null) return undefined;
  if (checked.has(activity)) return checked.get(activity);
  const parsed = activityEnvelopeSchema.safeParse(activity);
  const envelope = parsed.success ? parsed.data : undefined;
  checked.set(activity, envelope);
  return envelope;
}
