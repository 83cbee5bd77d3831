import { randomUUID } from "node:crypto";
import { fileSuffix, type DataUrl } from "./prompt-rules.js";

/** Stands in for the Discord CDN: uploaded reference images are kept and served back. */
export class AttachmentStore {
  private readonly files = new Map<string, DataUrl>();

  constructor(private readonly baseUrl: () => string) {}

  save(image: DataUrl, name?: string): string {
    const fileName = name ?? `${randomUUID()}.${fileSuffix(image.mimeType)}`;
    this.files.set(fileName, image);
    return `${this.baseUrl()}/sim/attachments/${encodeURIComponent(fileName)}`;
  }

  get(name: string): DataUrl | undefined {
    return this.files.get(name);
  }

  clear(): void {
    this.files.clear();
  }
}
