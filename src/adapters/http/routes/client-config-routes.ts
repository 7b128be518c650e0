import { Router } from 'express';

export interface ClientConfig {
  /** The app registration the tab and add-in ask tokens for; null when none is configured (dev). */
  readonly clientId: string | null;
  readonly tenantId: string;
  readonly apiScope: string | null;
  /** Entra ID sign-in host (national clouds differ), e.g. https://login.microsoftonline.com. */
  readonly authorityHost: string;
  readonly devMode: boolean;
}

/** `GET /api/client-config`: what the web clients need before sign-in. Public: no secrets in it. */
export function clientConfigRoutes(config: ClientConfig): Router {
  const router = Router();
  router.get('/client-config', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(config);
  });
  return router;
}
