import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import type { Profile } from '../api/api-types.ts';
import { useWorkspace } from './workspace-context.ts';

const cache = new WeakMap<ApiClient, Promise<Profile>>();

/** The partnership profile, fetched once per signed-in session and shared by every screen. */
export function loadProfile(api: ApiClient): Promise<Profile> {
  let pending = cache.get(api);
  if (!pending) {
    pending = api.get<Profile>('/api/profile');
    pending.catch(() => cache.delete(api));
    cache.set(api, pending);
  }
  return pending;
}

export function useProfile(): { profile: Profile | undefined; error: unknown } {
  const { api } = useWorkspace();
  const [state, setState] = useState<{ profile?: Profile; error?: unknown }>({});
  useEffect(() => {
    let current = true;
    loadProfile(api).then(
      (profile) => current && setState({ profile }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [api]);
  return { profile: state.profile, error: state.error };
}
