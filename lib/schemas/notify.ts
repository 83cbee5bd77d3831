import { z } from "zod";
import { pageQuery } from "../http/pagination";

export const deliveryListQuery = pageQuery.extend({ mj_id: z.string().max(64).optional() });
