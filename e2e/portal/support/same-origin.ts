// API calls a spec makes with the signed-in session: a browser would send the portal's own
// Origin with them (cookie-authenticated changes from anywhere else are refused as CSRF).
import { baseURL } from "../../../playwright.config";

export const SAME_ORIGIN = { origin: baseURL };
