import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging/create-logger.ts';

/**
 * One line per request: method, route pattern, status and duration. Never the query, headers or body,
 * which could carry a child's details or a token.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const routePath = (req.route as { path?: string } | undefined)?.path;
      logger.info(
        {
          requestId,
          method: req.method,
          route: routePath ? `${req.baseUrl}${routePath}` : '(unmatched)',
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  };
}
