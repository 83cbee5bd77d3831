/** One notify-hook delivery as GET /api/notify/self answers it; times in ms. */
export interface Delivery {
  id: number;
  event_id: string;
  mj_id: string;
  url: string;
  status: "pending" | "delivered" | "failed";
  attempt_count: number;
  next_attempt_at: number | null;
  created_at: number;
  delivered_at: number | null;
  attempts: { at: number; status_code: number; duration_ms: number; error: string }[];
}

