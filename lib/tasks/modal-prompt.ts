/** What midjourney-proxy's Custom Zoom accepts: a shape (--ar W:H) and a factor (--zoom from 1 to 2). */
export function zoomPromptValid(prompt: string): boolean {
  const zoom = /--zoom\s+(\d+(?:\.\d+)?)/.exec(prompt)?.[1];
  return /--ar\s+\d+:\d+/.test(prompt) && zoom !== undefined && Number(zoom) >= 1 && Number(zoom) <= 2;
}
