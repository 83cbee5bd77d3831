"use client";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { useSubmitTask } from "../tasks/use-submit-task";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";
import { ImagePicker } from "./image-picker";

export function DescribeForm() {
  const { t } = useI18n();
  const { submit, pending, error, errorDetail, setError } = useSubmitTask();
  const [images, setImages] = useState<string[]>([]);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!images[0]) return setError(t.create.needImage);
    submit("describe", { base64: images[0] });
  }

  return (
    <Card title={t.create.describe} description={t.create.describeHint}>
      <form onSubmit={send} className="space-y-4">
        <ImagePicker id="describe-image" label={t.create.sourceImage} onChange={setImages} onError={setError} />
        <FormError message={error} detail={errorDetail} />
        <Button type="submit" disabled={pending}>{t.create.describe}</Button>
      </form>
    </Card>
  );
}
