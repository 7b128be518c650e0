import type { Request, Response } from 'express';
import { AppError } from '../../domain/errors/index.ts';

/** The version an edit is based on, from `If-Match: "<version>"` (weak or bare forms accepted). */
export function expectedVersionOf(req: Request): number {
  const header = req.headers['if-match'];
  if (header === undefined) throw new AppError('VERSION_REQUIRED');
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) {
    throw new AppError('VALIDATION_FAILED', 'If-Match must be the version you are editing, e.g. "3".', {
      fields: [{ path: 'If-Match', message: 'must be a version number such as "3"' }],
    });
  }
  return Number(match[1]);
}

export function setVersionTag(res: Response, version: number): void {
  res.setHeader('ETag', `"${version}"`);
}
