import { describe, expect, test } from "vitest";
import { channelUpdateSchema } from "./channel";
import { tokenUpdateSchema } from "./token";

describe("update schemas leave out what the caller left out", () => {
  test("PUT /api/channel/ {id, status} changes only the status", () => {
    expect(channelUpdateSchema.parse({ id: 3, status: 2 })).toEqual({ id: 3, status: 2 });
    expect(channelUpdateSchema.parse({ mode: "single", channel: { id: 3, priority: 5 } })).toEqual({ id: 3, priority: 5 });
  });

  test("PUT /api/token/ {id, name} changes only the name", () => {
    expect(tokenUpdateSchema.parse({ id: 9, name: "renamed" })).toEqual({ id: 9, name: "renamed" });
  });
});
