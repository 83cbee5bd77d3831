import type { EventEmitter } from "node:events";

export function collectWhenIdle(server: EventEmitter, gc?: (() => void) | undefined): void;
