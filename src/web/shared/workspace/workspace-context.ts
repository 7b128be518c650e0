import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import type { Me } from '../api/api-types.ts';

/** Where the workspace runs: the host decides sign-in and theme; screens only read this. */
export interface HostInfo {
  readonly kind: 'teams' | 'outlook' | 'browser';
  readonly devMode: boolean;
}

export interface Workspace {
  readonly api: ApiClient;
  readonly me: Me;
  readonly host: HostInfo;
}

export const WorkspaceContext = createContext<Workspace | undefined>(undefined);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside a WorkspaceContext');
  return workspace;
}

export const hasRole = (me: Me, role: string): boolean => me.roles.includes(role);
