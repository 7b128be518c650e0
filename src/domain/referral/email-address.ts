import { z } from 'zod';

const emailAddress = z.email();

export const isEmailAddress = (input: string): boolean => emailAddress.safeParse(input).success;
