import { AsyncLocalStorage } from "node:async_hooks";
import type { TokenActor } from "@/lib/tokens/authenticate-token";
import type { RequestOrigin } from "@/lib/http/client-address";

/** What the boundary learned about the current API request: its origin, its token if it had one, its cookies. */
export type RequestAuth = { origin: RequestOrigin; token?: TokenActor; cookieHeader?: string };

// handleRoute authenticates a Bearer token once and runs the handler inside this context, so
// requireApiActor (and the audit trail) can see it without every route passing the request along.
// Kept on globalThis: Next may load this module once per route bundle.
const holder = globalThis as unknown as { launchControlRequestAuth?: AsyncLocalStorage<RequestAuth> };
export const requestAuthStore = (holder.launchControlRequestAuth ??= new AsyncLocalStorage<RequestAuth>());

export const currentRequestAuth = (): RequestAuth | undefined => requestAuthStore.getStore();
