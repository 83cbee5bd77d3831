// Money vocabulary shared by server and browser code (no database imports here).

/** new-api's QuotaPerUnit: 500,000 quota = 1 USD. */
export const QUOTA_PER_USD = 500_000;

/** Quota log types, as new-api numbers them (5 error and 6 refund are from newer builds). */
export const LOG_TYPE = { topup: 1, consume: 2, manage: 3, system: 4, error: 5, refund: 6 } as const;
export type LogType = (typeof LOG_TYPE)[keyof typeof LOG_TYPE];

export function usdToQuota(usd: number): number {
  return Math.round(usd * QUOTA_PER_USD);
}
