import { describe, expect, test } from "vitest";
import { GET } from "../../app/api/openapi.json/route";
import { ENDPOINTS } from "./endpoints";

describe("/api/openapi.json", () => {
  test("is OpenAPI 3.1 with every catalogued endpoint and the handlers' body schemas", async () => {
    const doc = await (await GET(new Request("http://gateway.test/api/openapi.json"))).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "http://gateway.test" }]);
    for (const endpoint of ENDPOINTS) expect(doc.paths[endpoint.path]?.[endpoint.method], `${endpoint.method} ${endpoint.path}`).toBeDefined();
    const imagine = doc.paths["/mj/submit/imagine"].post.requestBody.content["application/json"].schema;
    expect(imagine.required).toContain("prompt");
    expect(imagine.properties.botType.enum).toContain("NIJI_JOURNEY");
    const selfQuery = doc.paths["/api/mj/self"].get.parameters.map((p: { name: string }) => p.name);
    expect(selfQuery).toEqual(expect.arrayContaining(["p", "page_size", "mj_id", "start_timestamp", "end_timestamp"]));
    expect(selfQuery).not.toContain("channel_id");
  });
});
