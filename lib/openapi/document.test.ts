import { describe, expect, test } from "vitest";
import { GET } from "../../app/api/openapi.json/route";
import { ENDPOINTS, type Method } from "./endpoints";

// Every route file of the app, loaded lazily (Vite's glob import).
const routeModules = import.meta.glob<Record<string, unknown>>("../../app/**/route.ts");

// Route files that are not part of the public API, and why.
const UNDOCUMENTED: Record<string, string> = {
  "/api/auth/[...nextauth]": "Auth.js's own sign-in endpoints",
  "/api/inngest": "Inngest's SDK protocol, called by the Inngest server only",
  "/api/[...path]": "the JSON 404 of paths without an endpoint",
  "/mj/[...path]": "the JSON 404 of paths without an endpoint",
};
const isUndocumented = (path: string) => path in UNDOCUMENTED;

const METHODS: Method[] = ["get", "post", "put", "delete"];
const routePath = (file: string) => file.replace(/^\.\.\/\.\.\/app/, "").replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
const sameRoute = (a: string, b: string) => a.replace(/\/$/, "") === b.replace(/\/$/, "");

describe("/api/openapi.json", () => {
  test("is OpenAPI 3.1 with every catalogued endpoint and the handlers' body schemas", async () => {
    const doc = await (await GET()).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const endpoint of ENDPOINTS) expect(doc.paths[endpoint.path]?.[endpoint.method], `${endpoint.method} ${endpoint.path}`).toBeDefined();
    const imagine = doc.paths["/mj/submit/imagine"].post.requestBody.content["application/json"].schema;
    expect(imagine.required).toContain("prompt");
    expect(imagine.properties.botType.enum).toContain("NIJI_JOURNEY");
    const selfQuery = doc.paths["/api/mj/self"].get.parameters.map((p: { name: string }) => p.name);
    expect(selfQuery).toEqual(expect.arrayContaining(["p", "page_size", "mj_id", "start_timestamp", "end_timestamp"]));
    expect(selfQuery).not.toContain("channel_id");
  });

  test("documents every route file, with the access, body and query schemas its handler declares", async () => {
    const files = Object.keys(routeModules);
    expect(files.length).toBeGreaterThan(40);
    const documented = new Set<string>();
    for (const file of files) {
      const path = routePath(file);
      if (isUndocumented(path)) continue;
      const module = await routeModules[file]!();
      for (const method of METHODS) {
        const handler = module[method.toUpperCase()] as { config?: { role: string; body?: unknown; query?: unknown } } | undefined;
        if (!handler) continue;
        const endpoint = ENDPOINTS.find((e) => e.method === method && sameRoute(e.path, path));
        expect(endpoint, `${method.toUpperCase()} ${path} (${file}) is missing from lib/openapi/endpoints.ts`).toBeDefined();
        documented.add(`${method} ${endpoint!.path}`);
        if (!handler.config) {
          expect(endpoint!.auth, `${method.toUpperCase()} ${path} has no wrapper, so it must be public`).toBe("public");
          continue;
        }
        expect(endpoint!.auth, `${method.toUpperCase()} ${path}: access`).toBe(handler.config.role);
        expect(endpoint!.body === handler.config.body, `${method.toUpperCase()} ${path}: the documented body schema is not the one the handler parses`).toBe(true);
        expect((endpoint!.query ?? undefined) === (("query" in handler.config ? handler.config.query : undefined) ?? undefined), `${method.toUpperCase()} ${path}: the documented query schema is not the one the handler parses`).toBe(true);
      }
    }
    const phantom = ENDPOINTS.filter((e) => !documented.has(`${e.method} ${e.path}`)).map((e) => `${e.method} ${e.path}`);
    expect(phantom, "documented endpoints without a route file").toEqual([]);
  });
});
