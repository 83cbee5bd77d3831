// Lookups made together share one load; each caller gets its own answer or the load's error.
import { describe, expect, test } from "vitest";
import { coalesced } from "./coalesce";

describe("coalesced", () => {
  test("lookups of one turn share one load, duplicates included; a later turn loads again", async () => {
    const loads: string[][] = [];
    const lookup = coalesced(async (keys) => {
      loads.push(keys);
      return new Map(keys.filter((key) => key !== "missing").map((key) => [key, key.toUpperCase()]));
    }, 100);
    expect(await Promise.all([lookup("a"), lookup("b"), lookup("a"), lookup("missing")])).toEqual(["A", "B", "A", undefined]);
    expect(loads).toEqual([["a", "b", "missing"]]);
    expect(await lookup("c")).toBe("C");
    expect(loads).toEqual([["a", "b", "missing"], ["c"]]);
  });

  test("a batch larger than maxKeys is loaded in chunks", async () => {
    const loads: number[] = [];
    const lookup = coalesced(async (keys) => {
      loads.push(keys.length);
      return new Map(keys.map((key) => [key, Number(key)]));
    }, 4);
    const keys = Array.from({ length: 10 }, (_, i) => String(i));
    expect(await Promise.all(keys.map(lookup))).toEqual(keys.map(Number));
    expect(loads).toEqual([4, 4, 2]);
  });

  test("a failed load fails every caller of its chunk, and the next turn starts afresh", async () => {
    let fail = true;
    const lookup = coalesced(async (keys) => {
      if (fail) throw new Error("database down");
      return new Map(keys.map((key) => [key, 1]));
    }, 10);
    const outcomes = await Promise.allSettled([lookup("a"), lookup("b")]);
    expect(outcomes.map((o) => o.status === "rejected" && (o.reason as Error).message)).toEqual(["database down", "database down"]);
    fail = false;
    expect(await lookup("a")).toBe(1);
  });
});
