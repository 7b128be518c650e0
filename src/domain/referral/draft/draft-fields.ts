import { z } from 'zod';
import { forbiddenCharactersMessage, hasForbiddenCharacters } from '../free-text.ts';

/**
 * Draft fields check only what a person cannot be part-way through: the type, the length, and characters no one
 * types (control characters). Formats such as postcodes and dates are left to the ready check, so any half-typed
 * value can be saved.
 */

export const draftText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !hasForbiddenCharacters(text), forbiddenCharactersMessage)
    .optional();

export const draftChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional();

export const draftChoices = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length).optional();

export const draftBoolean = () => z.boolean().optional();
