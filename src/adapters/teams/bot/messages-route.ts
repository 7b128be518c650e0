import express, { type ErrorRequestHandler, type Router } from 'express';
import type {
  HttpMethod,
  HttpRouteHandler,
  IHttpServerAdapter,
  IHttpServerResponse,
} from '@microsoft/teams.apps';
import { AppError, isAppError } from '../../../domain/errors/index.ts';
import { jsonBody } from '../../http/json-body.ts';
import type { Logger } from '../../logging/create-logger.ts';
import { safeErrorFields } from '../../logging/safe-error-fields.ts';
import { sendProblem } from '../../http/problem-details.ts';
import { envelopeOf } from './inbound-activity.ts';

export const messagingPath = '/api/messages';

export interface MessagesRoute {
  /** Given to the SDK's App as its HTTP server adapter: the App registers its handler here. */
  readonly adapter: IHttpServerAdapter;
  /** Mount on the service's express app: POST /api/messages into the SDK (token check, routing, reply). */
  readonly router: Router;
}

/**
 * Serves the bot from our own express app instead of the SDK's server: the SDK's HttpServer still
 * validates the Bot Framework token and runs the activity, but body limits, malformed requests and
 * errors follow this service's rules (problem+json 4xx, never a crash).
 */
export function messagesRoute(limitBytes: number, logger: Logger): MessagesRoute {
  let handler: HttpRouteHandler | undefined;
  const adapter: IHttpServerAdapter = {
    registerRoute(method: HttpMethod, path: string, routeHandler: HttpRouteHandler) {
      if (method === 'POST' && path === messagingPath) handler = routeHandler;
    },
    // The service's own server owns the port and its life cycle.
    stop: () => Promise.resolve(),
  };

  const router = express.Router();
  router.post(messagingPath, jsonBody({ limitBytes }), async (req, res, next) => {
    try {
      if (!handler) throw new AppError('SERVICE_UNAVAILABLE');
      if (!envelopeOf(req.body)) {
        throw new AppError('VALIDATION_FAILED', 'The body is not a Teams activity.');
      }
      const response: IHttpServerResponse = await handler({
        body: req.body as unknown,
        headers: req.headers as Record<string, string | string[]>,
      });
      res.status(response.status);
      if (response.body === undefined || response.body === null) res.end();
      else res.json(response.body);
    } catch (error) {
      next(error);
    }
  });
  const problems: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (!isAppError(error)) logger.error(safeErrorFields(error), 'bot request failed');
    sendProblem(res, error);
  };
  router.use(messagingPath, problems);
  return { adapter, router };
}
