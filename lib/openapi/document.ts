// OpenAPI 3.1 from the zod schemas the handlers parse (zod 4 emits JSON Schema 2020-12,
// which is OpenAPI 3.1's schema dialect).
import { z } from "zod";
import { ENDPOINTS, type Auth, type Endpoint } from "./endpoints";

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
const outputSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });

const SECURITY: Record<Auth, object[]> = {
  relay: [{ bearerKey: [] }, { mjApiSecret: [] }],
  public: [],
  user: [{ session: [] }, { accessToken: [], newApiUser: [] }],
  admin: [{ session: [] }, { accessToken: [], newApiUser: [] }],
  root: [{ session: [] }, { accessToken: [], newApiUser: [] }],
};

function parameters(endpoint: Endpoint) {
  const path = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  if (!endpoint.query) return path;
  const schema = jsonSchema(endpoint.query) as { properties?: Record<string, object>; required?: string[] };
  const query = Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: property }));
  return [...path, ...query];
}

function operation(endpoint: Endpoint) {
  const role = endpoint.auth === "relay" ? "API key" : endpoint.auth;
  return {
    summary: endpoint.summary,
    tags: [endpoint.tag],
    description: `Access: ${role}.`,
    security: SECURITY[endpoint.auth],
    parameters: parameters(endpoint),
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(endpoint.body) } } } } : {}),
    responses: endpoint.tag === "Relay"
      ? {
          "200": { description: "midjourney-proxy envelope {code, description, result, properties} or task object", ...(endpoint.response ? { content: { "application/json": { schema: outputSchema(endpoint.response) } } } : {}) },
          "4XX": { description: "{code: 4, description}" },
        }
      : {
          "200": {
            description: "{success, message, data}: HTTP 200 also carries refusals (success:false), as new-api answers them",
            ...(endpoint.response ? { content: { "application/json": { schema: { type: "object", properties: { success: { type: "boolean" }, message: { type: "string" }, data: outputSchema(endpoint.response) } } } } } : {}),
          },
          "401": { description: "{success: false, message}: no valid session or access token" },
          "403": { description: "{success: false, message}: your role is too low" },
        },
  };
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  return {
    openapi: "3.1.0",
    info: { title: "MJ Gateway API", version: "1.0.0", description: "midjourney-proxy compatible relay (/mj/*, also under /mj-fast, /mj-relax, /mj-turbo) and new-api compatible management API (/api/*)." },
    servers: serverUrl ? [{ url: serverUrl }] : [],
    paths,
    components: {
      securitySchemes: {
        bearerKey: { type: "http", scheme: "bearer", description: "Authorization: Bearer sk-…" },
        mjApiSecret: { type: "apiKey", in: "header", name: "mj-api-secret" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
        accessToken: { type: "apiKey", in: "header", name: "Authorization", description: "access token from GET /api/user/token (Bearer optional)" },
        newApiUser: { type: "apiKey", in: "header", name: "New-Api-User", description: "the access token's user id" },
      },
    },
  };
}
