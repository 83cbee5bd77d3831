// A relay request read straight from Node's IncomingMessage, for the fast lane
// (lib/relay/fast-lane.ts). A Web Request made from it costs more CPU than a submit's handler:
// undici's Request builds an AbortSignal and Headers, and the body goes through a Web stream
// adapter. The relay reads only a few headers, the URL and the body once, so this gives it
// exactly that, and the handlers take either (RelayRequest).
import type { IncomingMessage } from "node:http";

/** What a handler reads of a request's headers; a Web Request's Headers is one. */
export interface HeaderReader {
  get(name: string): string | null;
}

class IncomingHeaders implements HeaderReader {
  constructor(private readonly incoming: IncomingMessage) {}

  get(name: string): string | null {
    const value = this.incoming.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(", ") : value;
  }
}

export class NodeRequest {
  readonly headers: HeaderReader;

  constructor(
    private readonly incoming: IncomingMessage,
    /** The absolute URL, as a Web Request's. */
    readonly url: string,
  ) {
    this.headers = new IncomingHeaders(incoming);
  }

  /**
   * The body as text, or null as soon as it grows past `max` bytes. Then nothing more is kept:
   * the rest is read and dropped as it comes, and the request is not destroyed, so the answer
   * (a 413) reaches the client instead of a reset connection.
   */
  readText(max: number): Promise<string | null> {
    const incoming = this.incoming;
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const stop = () => {
        incoming.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) {
          stop();
          incoming.resume();
          resolve(null);
        } else chunks.push(chunk);
      };
      const onEnd = () => {
        stop();
        resolve(Buffer.concat(chunks, size).toString("utf8"));
      };
      const onError = (error: Error) => {
        stop();
        reject(error);
      };
      // A client that goes away mid-body: nobody is left to answer, but the handler must not wait.
      const onClose = () => onError(new Error("The client closed the connection before sending the whole body."));
      incoming.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    });
  }
}

/** A request as the relay's handlers read it: a Web Request (through Next) or the fast lane's. */
export type RelayRequest = Request | NodeRequest;
