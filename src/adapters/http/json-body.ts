import express, { type RequestHandler } from 'express';
import { AppError } from '../../domain/errors/index.ts';

interface BodyParserError {
  type?: string;
}

export interface JsonBodyOptions {
  readonly limitBytes: number;
  /** Some contracts answer an oversize body as a 400 naming the body; the default is 413. */
  readonly oversizeAsValidationError?: boolean;
}

/** Parses a JSON body within a size limit; anything else is a problem, never a crash or a partial body. */
export function jsonBody({ limitBytes, oversizeAsValidationError = false }: JsonBodyOptions): RequestHandler {
  const parse = express.json({ limit: limitBytes, strict: true, type: () => true });
  return (req, res, next) => {
    const hasBody =
      req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (hasBody && !req.is('application/json') && !req.is('application/*+json')) {
      next(new AppError('MALFORMED_JSON', 'Send the body as JSON with Content-Type: application/json.'));
      return;
    }
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const type = (error as BodyParserError).type;
      if (type === 'entity.too.large') {
        const message = `The request body must be at most ${Math.round(limitBytes / 1024)} KB.`;
        next(
          oversizeAsValidationError
            ? new AppError('VALIDATION_FAILED', message, { fields: [{ path: '(body)', message }] })
            : new AppError('PAYLOAD_TOO_LARGE', message),
        );
        return;
      }
      next(new AppError('MALFORMED_JSON'));
    });
  };
}
