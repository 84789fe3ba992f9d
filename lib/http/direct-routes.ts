import type { ApiRequest } from "@/lib/http/handle-route";
import * as itemRoute from "@/app/api/launches/[launchId]/items/[itemId]/route";
import * as stepActionRoute from "@/app/api/launches/[launchId]/steps/[stepId]/[action]/route";
import { stepActions } from "@/lib/timeline/schemas";

type RouteHandler = (request: ApiRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * `values`: the only values a `[param]` may take here. Next prefers a static folder to a dynamic one
 * (`steps/[stepId]/correct` over `steps/[stepId]/[action]`), so a dynamic segment that has static
 * siblings must be narrowed to what its own handler serves.
 */
export type DirectRoute = { folder: string; method: string; handler: RouteHandler; values?: Record<string, string[]> };

/**
 * The hot writes of a go-live day — ticking an item, starting and completing a step — answered by the
 * custom server itself with the very handler Next would run (same definition, schema, auth, operation,
 * errors), skipping only Next's router and response pipeline, which cost more CPU than the change
 * itself. `folder` is the route file's folder under app/ (test/direct-routes.test.ts checks it).
 */
export const directRoutes: DirectRoute[] = [
  { folder: "/api/launches/[launchId]/items/[itemId]", method: "PATCH", handler: itemRoute.PATCH },
  {
    folder: "/api/launches/[launchId]/steps/[stepId]/[action]",
    method: "POST",
    handler: stepActionRoute.POST,
    values: { action: [...stepActions] },
  },
];

const compiled = directRoutes.map((route) => ({ route, segments: route.folder.split("/") }));

/** The direct route for a request line, with its path params decoded as Next decodes them, or null. */
export function matchDirectRoute(
  method: string | undefined,
  pathname: string,
): { route: DirectRoute; params: Record<string, string> } | null {
  const parts = pathname.split("/");
  for (const { route, segments } of compiled) {
    if (route.method !== method || segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let matched = true;
    for (let i = 0; i < segments.length && matched; i++) {
      const name = /^\[(\w+)\]$/.exec(segments[i]!)?.[1];
      if (!name) matched = segments[i] === parts[i];
      else if (parts[i] === "") matched = false;
      else {
        try {
          params[name] = decodeURIComponent(parts[i]!);
        } catch {
          return null; // a malformed escape: Next answers it
        }
        const allowed = route.values?.[name];
        if (allowed && !allowed.includes(params[name]!)) matched = false;
      }
    }
    if (matched) return { route, params };
  }
  return null;
}
