import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AnyRoute } from "@/lib/api/define-route";
import { allRoutes } from "@/lib/api/routes";

const apiDir = path.resolve(__dirname, "../../app/api");
const files = readdirSync(apiDir, { recursive: true, encoding: "utf8" }).filter(
  (file) => path.basename(file) === "route.ts",
);

// next-auth's catch-all is next-auth's own handler; its doors are documented from lib/api/routes/auth.ts.
const notServed = new Set(["auth/[...nextauth]/route.ts"]);

/** `/api/launches/{launchId}/items/{itemId}` → `/api/launches/[launchId]/items/[itemId]`, the folder that serves it. */
const folderOf = (route: AnyRoute) => route.path.replace(/\{(\w+)\}/g, "[$1]");

describe("route files", () => {
  it("are built from the definition of the door they serve", async () => {
    const wrong: string[] = [];
    const served = new Set<AnyRoute>();
    for (const file of files.filter((file) => !notServed.has(file))) {
      const exports = (await import(path.join(apiDir, file))) as Record<
        string,
        { route?: AnyRoute; routes?: AnyRoute[] }
      >;
      const folder = "/api/" + path.dirname(file).split(path.sep).join("/");
      for (const [method, handler] of Object.entries(exports)) {
        if (!/^[A-Z]+$/.test(method)) continue;
        const routes = handler.routes ?? (handler.route ? [handler.route] : []);
        if (routes.length === 0) wrong.push(`${method} ${file}: not built with serve()`);
        for (const route of routes) {
          served.add(route);
          // serveByParam: the literal action segment stands where the folder has [action].
          const matches = folderOf(route) === folder || folderOf(route).replace(/\/[^/]+$/, "/[action]") === folder;
          if (route.method !== method || !matches) wrong.push(`${method} ${file} serves ${route.method} ${route.path}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    const documentedOnly = allRoutes.filter((route) => !served.has(route)).map((route) => route.path);
    expect(documentedOnly.every((url) => url.startsWith("/api/auth/"))).toBe(true);
  }, 120_000);
});
