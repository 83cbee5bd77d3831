import { expect, test } from "vitest";
import { TASK_STATUSES } from "../tasks/status";
import { TASK_ACTIONS } from "../tasks/task-actions";
import { en } from "./en";
import { zh } from "./zh";

/** Every path to a string in a dictionary, e.g. "tasks.codeNames.21". */
function paths(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => paths(child, prefix ? `${prefix}.${key}` : key));
}

test("Chinese has a string for every English one, and no extra ones", () => {
  expect(paths(zh).sort()).toEqual(paths(en).sort());
});

test("no string is left empty or untranslated by mistake", () => {
  const empty = paths(zh).filter((path) => !path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], zh));
  expect(empty).toEqual([]);
});

test("every task status and action has a name in both languages", () => {
  for (const dictionary of [en, zh]) {
    expect(TASK_STATUSES.filter((status) => !dictionary.status[status])).toEqual([]);
    expect(TASK_ACTIONS.filter((action) => !dictionary.actions[action])).toEqual([]);
  }
});

test("every tag of the API docs has a name in both languages", async () => {
  const { openApiDocument } = await import("../openapi/document");
  const tags = new Set(Object.values(openApiDocument("http://gateway.test").paths).flatMap((methods) => Object.values(methods).flatMap((operation) => (operation as { tags: string[] }).tags)));
  for (const dictionary of [en, zh]) expect([...tags].filter((tag) => !dictionary.docs.tags[tag])).toEqual([]);
});
