// Quota is shown as a number and its dollar value, the same on the server and in the browser.
import { describe, expect, test } from "vitest";
import { formatNumber, formatQuota, formatUsd } from "./format";
import { QUOTA_PER_USD } from "../billing/units";

describe("quota formatting", () => {
  test("numbers group thousands, bigints included", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(1_234_567)).toBe("1,234,567");
    expect(formatNumber(-50_000n)).toBe("-50,000");
  });

  test("dollars show cents, and four places below a cent", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(QUOTA_PER_USD * 1234.5)).toBe("$1,234.50");
    expect(formatUsd(BigInt(QUOTA_PER_USD) / 5n)).toBe("$0.20");
    expect(formatUsd(QUOTA_PER_USD * 0.0025)).toBe("$0.0025");
    expect(formatUsd(QUOTA_PER_USD * 0.123456)).toBe("$0.12");
  });

  test("quota and its dollar value together", () => {
    expect(formatQuota(50_000)).toBe(`50,000 (${formatUsd(50_000)})`);
    expect(formatQuota(QUOTA_PER_USD)).toBe(`${formatNumber(QUOTA_PER_USD)} ($1.00)`);
  });
});
