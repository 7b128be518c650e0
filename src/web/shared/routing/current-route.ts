import { parseRoute, type Route } from './routes.ts';

/** The route the address names right now (before any React has rendered). */
export const currentRoute = (): Route => parseRoute(window.location.hash);
