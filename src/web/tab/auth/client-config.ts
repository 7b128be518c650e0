import type { ClientConfig } from '../../shared/api/api-types.ts';

const none: ClientConfig = {
  clientId: null,
  tenantId: null,
  apiScope: null,
  authorityHost: null,
  devMode: false,
};

const httpsOrigin = (value: unknown): string | null =>
  typeof value === 'string' && /^https:\/\/[^/]+$/.test(value) ? value : null;

/**
 * `GET /api/client-config` (public): the app registration to ask tokens for, and whether the service runs in
 * dev mode. A service without the route, or one that cannot be reached, means no client id and no dev mode.
 */
export async function fetchClientConfig(started?: Promise<Response>): Promise<ClientConfig> {
  try {
    const response = await (started ??
      fetch('/api/client-config', { headers: { Accept: 'application/json' } }));
    if (!response.ok) return none;
    const body = (await response.json()) as Partial<ClientConfig>;
    return {
      clientId: typeof body.clientId === 'string' && body.clientId ? body.clientId : null,
      tenantId: typeof body.tenantId === 'string' && body.tenantId ? body.tenantId : null,
      apiScope: typeof body.apiScope === 'string' && body.apiScope ? body.apiScope : null,
      authorityHost: httpsOrigin(body.authorityHost),
      devMode: body.devMode === true,
    };
  } catch {
    return none;
  }
}

/** The scope of the app's API: the service's own word for it, or the convention `api://<client id>/access_as_user`. */
export const apiScopeOf = (config: ClientConfig): string | undefined =>
  config.apiScope ?? (config.clientId ? `api://${config.clientId}/access_as_user` : undefined);
