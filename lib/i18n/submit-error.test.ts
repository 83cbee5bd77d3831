import { describe, expect, test } from "vitest";
import { ApiError } from "../http/errors";
import { en } from "./en";
import { thrownFailure, upstreamFailure } from "./submit-error";
import { zh } from "./zh";

describe("a failed submit in the viewer's language, by code, with the server's text as detail", () => {
  test.each([
    [en, { code: 24, description: "Banned prompt", properties: { bannedWord: "gore" } }, "The prompt contains a banned word: “gore”. Change it and try again."],
    [zh, { code: 24, description: "Banned prompt", properties: { bannedWord: "gore" } }, "提示词包含违禁词: “gore”，请修改后重试。"],
    [en, { code: 23, description: "queue full" }, "The Midjourney queue is full. Nothing was charged; try again in a minute."],
    [zh, { code: 99, description: "weird" }, "Midjourney 服务器拒绝了任务（代码 99），未扣费。"],
  ])("upstream envelope %#", (t, envelope, message) => {
    expect(upstreamFailure(t, envelope)).toEqual({ ok: false, message, detail: envelope.description });
  });

  test.each([
    [en, new ApiError("quota_exhausted", "Not enough quota in your balance for this action."), "Your balance is too low for this action. Ask an administrator to add quota."],
    [zh, new ApiError("no_channel", 'No channel serves mj_imagine for the group "x".'), "暂时没有可用的上游，请稍后再试或联系管理员。"],
    [en, new ApiError("unauthorized", "no session"), "Your session has ended. Sign in again."],
  ])("our own error %#", (t, error, message) => {
    expect(thrownFailure(t, error)).toEqual({ ok: false, message, detail: error.message });
  });

  test("an unexpected error leaks nothing", () => {
    expect(thrownFailure(en, new Error("database exploded at /var/lib"))).toEqual({ ok: false, message: en.errors.internal, detail: "" });
  });

  test("every upstream code has a sentence in both languages", () => {
    expect(Object.keys(zh.errors.upstreamCodes).sort()).toEqual(Object.keys(en.errors.upstreamCodes).sort());
  });
});
