// GET /api/openapi.json — the OpenAPI 3.1 document of both APIs
import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";
import { getOptions } from "@/lib/options/options";
import { publicBaseUrl } from "@/lib/tasks/image-link";

export async function GET() {
  return NextResponse.json(openApiDocument(publicBaseUrl(await getOptions())));
}
