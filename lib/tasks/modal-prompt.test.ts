import { expect, test } from "vitest";
import { zoomPromptValid } from "./modal-prompt";

test.each([
  ["a meadow --ar 16:9 --zoom 1.5", true],
  ["a meadow --zoom 2 --ar 1:1", true],
  ["a meadow --ar 16:9", false],
  ["a meadow --zoom 1.5", false],
  ["a meadow --ar 16:9 --zoom 2.5", false],
  ["a meadow --ar 16:9 --zoom 0.5", false],
])("Custom Zoom prompt %j is valid: %s", (prompt, valid) => {
  expect(zoomPromptValid(prompt)).toBe(valid);
});
