import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { partnershipProfileSchema, type PartnershipProfile } from './profile-schema.ts';
import { salfordProfile } from './salford-profile.ts';
import { deepFreeze } from '../deep-freeze.ts';
import { ConfigError } from '../config-error.ts';

/** Validates a profile and freezes it. Throws ConfigError naming every bad field. */
export function parseProfile(input: unknown, source: string): PartnershipProfile {
  const parsed = partnershipProfileSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`Partnership profile ${source} is not valid:\n  ${problems.join('\n  ')}`);
  }
  return deepFreeze(parsed.data);
}

/** The Salford profile, or the JSON file named by PARTNERSHIP_PROFILE. */
export function loadProfile(file: string | undefined): PartnershipProfile {
  if (!file) return parseProfile(salfordProfile, '(built-in Salford)');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    throw new ConfigError(`PARTNERSHIP_PROFILE: ${file} ${reason}`, { cause: error });
  }
  return parseProfile(raw, file);
}

export type ProfileInput = z.input<typeof partnershipProfileSchema>;
