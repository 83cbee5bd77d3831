export const nowMs = (): number => Date.now();
export const nowSec = (): number => Math.floor(Date.now() / 1000);
