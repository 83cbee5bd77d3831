"use client";
import { useEffect, useRef, useState, type PointerEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { Button } from "../ui/button";

type Tool = "brush" | "eraser";

/**
 * Vary (Region): paint over the image the part to redo. The strokes live in a canvas of the
 * image's own size; the mask sent upstream is black with the painted area white (PNG data URL).
 */
export function MaskPainter({ imageUrl, onChange }: { imageUrl: string; onChange: (maskDataUrl: string) => void }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const history = useRef<ImageData[]>([]);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [tool, setTool] = useState<Tool>("brush");
  const [brush, setBrush] = useState(8);
  const [steps, setSteps] = useState(0);
  // Painting starts once the canvas has the image's size; resizing would wipe the strokes.
  const [ready, setReady] = useState(false);

  const image = useRef<HTMLImageElement>(null);
  const context = () => canvas.current?.getContext("2d") ?? null;

  // The image may finish loading before hydration, when onLoad has no listener yet.
  useEffect(() => {
    if (image.current?.complete && image.current.naturalWidth) sizeToImage(image.current);
  }, []);

  function sizeToImage(image: HTMLImageElement) {
    if (!canvas.current) return;
    canvas.current.width = image.naturalWidth || 1024;
    canvas.current.height = image.naturalHeight || 1024;
    history.current = [];
    setSteps(0);
    setReady(true);
  }

  function point(event: PointerEvent<HTMLCanvasElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = event.currentTarget.width / box.width;
    return { x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale };
  }

  function stroke(from: { x: number; y: number }, to: { x: number; y: number }) {
    const ctx = context();
    if (!ctx || !canvas.current) return;
    ctx.globalCompositeOperation = tool === "brush" ? "source-over" : "destination-out";
    ctx.strokeStyle = "#6366f1";
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    // The brush size is a share of the image width, so it feels the same on any image.
    ctx.lineWidth = (canvas.current.width * brush) / 100;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  }

  function start(event: PointerEvent<HTMLCanvasElement>) {
    const ctx = context();
    if (!ready || !ctx || !canvas.current) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    history.current.push(ctx.getImageData(0, 0, canvas.current.width, canvas.current.height));
    setSteps(history.current.length);
    const at = point(event);
    last.current = at;
    stroke(at, at);
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    if (!last.current) return;
    const at = point(event);
    stroke(last.current, at);
    last.current = at;
  }

  function end() {
    if (!last.current) return;
    last.current = null;
    emit();
  }

  function undo() {
    const ctx = context();
    const previous = history.current.pop();
    if (ctx && previous) ctx.putImageData(previous, 0, 0);
    setSteps(history.current.length);
    emit();
  }

  function clear() {
    const ctx = context();
    if (!ctx || !canvas.current) return;
    history.current.push(ctx.getImageData(0, 0, canvas.current.width, canvas.current.height));
    setSteps(history.current.length);
    ctx.clearRect(0, 0, canvas.current.width, canvas.current.height);
    emit();
  }

  /** White where painted, black elsewhere; "" while nothing is painted. */
  function emit() {
    const source = canvas.current;
    const ctx = context();
    if (!source || !ctx) return;
    const painted = ctx.getImageData(0, 0, source.width, source.height).data.some((value, index) => index % 4 === 3 && value > 0);
    if (!painted) return onChange("");
    const white = document.createElement("canvas");
    white.width = source.width;
    white.height = source.height;
    const whiteCtx = white.getContext("2d")!;
    whiteCtx.drawImage(source, 0, 0);
    whiteCtx.globalCompositeOperation = "source-in";
    whiteCtx.fillStyle = "#fff";
    whiteCtx.fillRect(0, 0, white.width, white.height);
    const mask = document.createElement("canvas");
    mask.width = source.width;
    mask.height = source.height;
    const maskCtx = mask.getContext("2d")!;
    maskCtx.fillStyle = "#000";
    maskCtx.fillRect(0, 0, mask.width, mask.height);
    maskCtx.drawImage(white, 0, 0);
    onChange(mask.toDataURL("image/png"));
  }

  return (
    <div className="space-y-2">
      <div role="toolbar" aria-label={t.task.maskTools} className="flex flex-wrap items-center gap-2">
        <Button size="sm" variant={tool === "brush" ? "primary" : "secondary"} aria-pressed={tool === "brush"} onClick={() => setTool("brush")}>{t.task.brush}</Button>
        <Button size="sm" variant={tool === "eraser" ? "primary" : "secondary"} aria-pressed={tool === "eraser"} onClick={() => setTool("eraser")}>{t.task.eraser}</Button>
        <Button size="sm" variant="secondary" disabled={!steps} onClick={undo}>{t.task.undo}</Button>
        <Button size="sm" variant="ghost" onClick={clear}>{t.task.clearMask}</Button>
        <label className="flex items-center gap-2 text-xs text-neutral-600">
          {fill(t.task.brushSize, { n: brush })}
          <input type="range" min={2} max={25} value={brush} onChange={(event) => setBrush(Number(event.target.value))} className="w-28 accent-indigo-600" />
        </label>
      </div>
      <div className="relative overflow-hidden rounded-lg ring-1 ring-neutral-200">
        {/* eslint-disable-next-line @next/next/no-img-element -- the upstream image to paint over */}
        <img ref={image} src={imageUrl} alt="" onLoad={(event) => sizeToImage(event.currentTarget)} className="block h-auto w-full select-none" draggable={false} />
        <canvas
          ref={canvas}
          role="img"
          aria-label={t.task.maskCanvas}
          aria-busy={!ready}
          onPointerDown={start}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
          className="absolute inset-0 h-full w-full cursor-crosshair touch-none opacity-55"
        />
      </div>
    </div>
  );
}
