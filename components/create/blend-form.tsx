"use client";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { useSubmitTask } from "../tasks/use-submit-task";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";
import { Field, Select } from "../ui/input";
import { ImagePicker } from "./image-picker";

export function BlendForm() {
  const { t } = useI18n();
  const { submit, pending, error, errorDetail, setError } = useSubmitTask();
  const [images, setImages] = useState<string[]>([]);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (images.length < 2 || images.length > 5) return setError(t.create.blendCount);
    submit("blend", { base64Array: images, dimensions: String(new FormData(event.currentTarget).get("dimensions") ?? "SQUARE") });
  }

  return (
    <Card title={t.create.blend} description={t.create.blendHint}>
      <form onSubmit={send} className="space-y-4">
        <ImagePicker id="blend-images" label={t.create.imagesToMerge} multiple onChange={setImages} onError={setError} />
        <Field id="blend-dimensions" label={t.create.dimensions}>
          <Select id="blend-dimensions" name="dimensions" defaultValue="SQUARE">
            <option value="SQUARE">{t.create.square}</option>
            <option value="PORTRAIT">{t.create.portrait}</option>
            <option value="LANDSCAPE">{t.create.landscape}</option>
          </Select>
        </Field>
        <FormError message={error} detail={errorDetail} />
        <Button type="submit" disabled={pending}>{t.create.blend}</Button>
      </form>
    </Card>
  );
}
