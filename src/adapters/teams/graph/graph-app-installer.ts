import type { Clock } from '../../../app/clock.ts';
import type { Logger } from '../../logging/create-logger.ts';
import { DeliveryFailure, failureForStatus } from '../connector/delivery-failure.ts';

/** Finds (installing the app first when needed) a person's 1:1 chat with the bot, through Graph. */
export interface TeamsAppInstaller {
  /** The chat id, or undefined when Graph says the person cannot have the app (unknown user, no licence). */
  chatWith(tenantId: string, userId: string): Promise<string | undefined>;
}

export interface GraphAppInstallerOptions {
  /** Graph root, e.g. https://graph.microsoft.com */
  readonly endpoint: string;
  /** The app's id in the organisation's app catalog. */
  readonly teamsAppId: string;
  /** An app-only Graph token for the tenant; undefined when there are no credentials (dev, tests). */
  readonly token: (tenantId: string) => Promise<string | undefined>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly timeoutMs?: number;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Proactive installation (permission TeamsAppInstallation.ReadWriteSelfForUser.All):
 * find the installation, POST one if there is none (409: someone else just did), then read its chat.
 */
export function graphAppInstaller(options: GraphAppInstallerOptions): TeamsAppInstaller {
  const base = `${options.endpoint}/v1.0`;

  async function call(tenantId: string, method: 'GET' | 'POST', path: string, body?: unknown) {
    const token = await options.token(tenantId);
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch {
      throw new DeliveryFailure('transient', undefined);
    }
    return response;
  }

  async function json<T>(response: Response): Promise<T> {
    if (!response.ok) {
      await response.body?.cancel();
      throw failureForStatus(response.status, response.headers.get('retry-after'), options.clock.now());
    }
    return (await response.json()) as T;
  }

  const installedAppsPath = (userId: string) => `/users/${encodeURIComponent(userId)}/teamwork/installedApps`;

  async function findInstallation(tenantId: string, userId: string): Promise<string | undefined> {
    const filter = encodeURIComponent(`teamsApp/id eq '${options.teamsAppId}'`);
    const list = await json<{ value?: { id?: string }[] }>(
      await call(tenantId, 'GET', `${installedAppsPath(userId)}?$expand=teamsApp&$filter=${filter}`),
    );
    return list.value?.find((i) => typeof i.id === 'string')?.id;
  }

  async function install(tenantId: string, userId: string): Promise<void> {
    const response = await call(tenantId, 'POST', installedAppsPath(userId), {
      'teamsApp@odata.bind': `${base}/appCatalogs/teamsApps/${options.teamsAppId}`,
    });
    await response.body?.cancel();
    if (response.ok || response.status === 409) return;
    throw failureForStatus(response.status, response.headers.get('retry-after'), options.clock.now());
  }

  return {
    async chatWith(tenantId, userId) {
      if (!guid.test(userId)) return undefined;
      try {
        let installationId = await findInstallation(tenantId, userId);
        if (!installationId) {
          await install(tenantId, userId);
          installationId = await findInstallation(tenantId, userId);
        }
        if (!installationId) throw new DeliveryFailure('transient', undefined);
        const chat = await json<{ id?: string }>(
          await call(
            tenantId,
            'GET',
            `${installedAppsPath(userId)}/${encodeURIComponent(installationId)}/chat`,
          ),
        );
        if (!chat.id) throw new DeliveryFailure('transient', undefined);
        return chat.id;
      } catch (error) {
        if (error instanceof DeliveryFailure && !error.retryable) {
          options.logger.warn({ status: error.status }, 'graph could not install the Teams app for a person');
          return undefined;
        }
        throw error;
      }
    },
  };
}
