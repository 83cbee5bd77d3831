import type { SubmitEnvelope } from "./types.js";

export const DISCORD_INSTANCE_ID = "1118138338562560102";

export function accepted(result: string, description = "提交成功"): SubmitEnvelope {
  return { code: 1, description, result, properties: { discordInstanceId: DISCORD_INSTANCE_ID } };
}

export function failure(code: number, description: string, properties: Record<string, unknown> = {}): SubmitEnvelope {
  return { code, description, result: null, properties };
}

export function validationError(description: string): SubmitEnvelope {
  return failure(4, description);
}

export function notFound(description = "关联任务不存在或已失效"): SubmitEnvelope {
  return failure(3, description);
}

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  3: "无可用的账号实例",
  4: "参数错误",
  9: "提交失败，系统异常",
  21: "任务已存在",
  23: "队列已满，请稍后尝试",
  24: "可能包含敏感词",
};

export function describeCode(code: number): string {
  return DEFAULT_DESCRIPTIONS[code] ?? "提交失败";
}
