"use client";
import { useState, type ChangeEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Field, FileInput } from "../ui/input";

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  multiple?: boolean;
  onChange: (dataUrls: string[]) => void;
  onError: (message: string) => void;
}

/** Image files → data URLs (what midjourney-proxy's base64 fields take), with thumbnails. */
export function ImagePicker({ id, label, hint, multiple = false, onChange, onError }: Props) {
  const { t } = useI18n();
  const [previews, setPreviews] = useState<string[]>([]);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    onError("");
    if (files.some((file) => !file.type.startsWith("image/"))) {
      event.target.value = "";
      setPreviews([]);
      onChange([]);
      onError(t.create.notImage);
      return;
    }
    const urls = await Promise.all(files.map(readDataUrl));
    setPreviews(urls);
    onChange(urls);
  }

  return (
    <Field id={id} label={label} hint={hint}>
      <FileInput id={id} accept="image/*" multiple={multiple} onChange={pick} aria-describedby={hint ? `${id}-hint` : undefined} />
      {previews.length ? (
        <div className="flex flex-wrap gap-2 pt-1">
          {previews.map((url, index) => (
            // eslint-disable-next-line @next/next/no-img-element -- local data URL previews
            <img key={index} src={url} alt="" className="size-16 rounded-md object-cover ring-1 ring-neutral-200" />
          ))}
        </div>
      ) : null}
    </Field>
  );
}
