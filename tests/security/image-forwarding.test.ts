// Issue 9 item 1: image forwarding serves only what the bytes say is a raster image or a
// video, never as a document; and relay bodies accept only raster data URLs.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as image } from "../../app/mj/image/[id]/route";
import { GET as videoRoute } from "../../app/mj/video/[id]/route";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as describeRoute } from "../../app/mj/submit/describe/route";
import { POST as blend } from "../../app/mj/submit/blend/route";
import { POST as modal } from "../../app/mj/submit/modal/route";
import { POST as video } from "../../app/mj/submit/video/route";
import { POST as edits } from "../../app/mj/submit/edits/route";
import { POST as swap } from "../../app/mj/insight-face/swap/route";
import { POST as upload } from "../../app/mj/submit/upload-discord-images/route";
import { getDb } from "../../lib/db";
import { imageSignature } from "../../lib/tasks/image-link";
import { sniffMedia } from "../../lib/relay/media-sniff";
import { renderTaskImage } from "../../tools/mj-simulator/png";
import { renderTaskVideo } from "../../tools/mj-simulator/mp4";
import { bearer, callRoute } from "../support/call-route";
import { startFileServer } from "../support/file-server";
import { balances, makeChannel, makeKey, makeUser, startTestSimulator, TINY_PNG } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
let files: Awaited<ReturnType<typeof startFileServer>>;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim);
  files = await startFileServer();
});
afterAll(async () => {
  await sim.close();
  await files.close();
});

const HTML_PAGE = "<!doctype html><script>fetch('/api/user/token').then(r=>r.text()).then(alert)</script>";
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
const WEBM = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04]);
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WEBPVP8 "), Buffer.alloc(16)]);
const GIF = Buffer.concat([Buffer.from("GIF89a"), Buffer.alloc(16)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(16)]);

let counter = 0;
async function taskWithImage(url: string) {
  const user = await makeUser();
  const mjId = `img${Date.now()}${counter++}`;
  await getDb().task.create({ data: { mjId, userId: user.id, action: "IMAGINE", status: "SUCCESS", submitTime: 1n, imageUrl: url } });
  return mjId;
}
const open = (mjId: string) =>
  image(new Request(`http://gateway.test/mj/image/${mjId}?sig=${imageSignature(mjId)}`), { params: Promise.resolve({ id: mjId }) });

describe("GET /mj/image/{id} serves only raster images and videos, by their bytes", () => {
  test.each([
    ["PNG", renderTaskImage("x"), "image/png"],
    ["JPEG", JPEG, "image/jpeg"],
    ["GIF", GIF, "image/gif"],
    ["WebP", WEBP, "image/webp"],
    ["MP4 (the simulator's video)", renderTaskVideo("x"), "video/mp4"],
    ["WebM", WEBM, "video/webm"],
  ])("%s, labelled text/html by the upstream, is served with its real type and never as a document", async (_name, bytes, type) => {
    const mjId = await taskWithImage(files.put(`/${counter}.bin`, "text/html", bytes));
    const res = await open(mjId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(res.headers.get("content-disposition")).toBe("inline");
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  test.each([
    ["an HTML page labelled image/png", "image/png", HTML_PAGE],
    ["an HTML page labelled text/html", "text/html", HTML_PAGE],
    ["an SVG with script", "image/svg+xml", SVG],
    ["an empty body", "image/png", ""],
  ])("%s is refused in the relay envelope", async (_name, type, body) => {
    const mjId = await taskWithImage(files.put(`/${counter}.bin`, type, body));
    const res = await open(mjId);
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const answer = await res.json();
    expect(answer).toMatchObject({ code: 9, description: expect.stringMatching(/not a PNG, JPEG, WebP, GIF, MP4 or WebM/) });
    expect(JSON.stringify(answer)).not.toContain("<script>");
  });

  test("a data: URL stored as a task's image (an upstream echoing a client's input) is not served", async () => {
    const mjId = await taskWithImage(`data:text/html;base64,${Buffer.from(HTML_PAGE).toString("base64")}`);
    const res = await open(mjId);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("<script>");
  });

  test.each([
    ["a seek into an MP4 (the range starts past the magic bytes)", renderTaskVideo("seek"), "bytes=100-", 206, "video/mp4"],
    ["a range too short to tell the type", renderTaskVideo("short"), "bytes=0-3", 206, "video/mp4"],
    ["a seek into an HTML page labelled video/mp4", Buffer.from(HTML_PAGE.repeat(10)), "bytes=20-", 502, null],
  ])("video forwarding checks the file's head on ranged requests: %s", async (_name, bytes, range, status, type) => {
    const user = await makeUser();
    const mjId = `vid${Date.now()}${counter++}`;
    await getDb().task.create({ data: { mjId, userId: user.id, action: "VIDEO", status: "SUCCESS", submitTime: 1n, imageUrl: "", videoUrl: files.put(`/${mjId}.mp4`, "video/mp4", bytes) } });
    const res = await videoRoute(new Request(`http://gateway.test/mj/video/${mjId}?sig=${imageSignature(mjId)}&n=0`, { headers: { range } }), { params: Promise.resolve({ id: mjId }) });
    expect(res.status).toBe(status);
    if (type) {
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("content-range")).toMatch(/^bytes \d+-\d+\/\d+$/);
    } else {
      expect(await res.text()).not.toContain("<script>");
    }
  });

  test("the sniffer tells every accepted type from its first bytes and nothing else", () => {
    expect(sniffMedia(renderTaskImage("y"))).toBe("image/png");
    expect(sniffMedia(renderTaskVideo("y"))).toBe("video/mp4");
    expect(sniffMedia(Buffer.from(HTML_PAGE))).toBeNull();
    expect(sniffMedia(Buffer.from(SVG))).toBeNull();
    expect(sniffMedia(Buffer.from("%PDF-1.7 ...."))).toBeNull();
  });
});

describe("relay bodies accept only PNG, JPEG, WebP and GIF data URLs", () => {
  const html = `data:text/html;base64,${Buffer.from(HTML_PAGE).toString("base64")}`;
  const svg = `data:image/svg+xml;base64,${Buffer.from(SVG).toString("base64")}`;
  type Route = Parameters<typeof callRoute>[0];
  const cases: [string, Route, (bad: string) => Record<string, unknown>][] = [
    ["imagine base64Array", imagine, (bad) => ({ prompt: "x", base64Array: [bad] })],
    ["imagine base64", imagine, (bad) => ({ prompt: "x", base64: bad })],
    ["describe base64", describeRoute, (bad) => ({ base64: bad })],
    ["blend base64Array", blend, (bad) => ({ base64Array: [TINY_PNG, bad] })],
    ["modal maskBase64", modal, (bad) => ({ taskId: "1", maskBase64: bad })],
    ["video image", video, (bad) => ({ prompt: "x", image: bad })],
    ["video endImage", video, (bad) => ({ prompt: "x", image: TINY_PNG, endImage: bad })],
    ["edits image", edits, (bad) => ({ prompt: "x", image: bad })],
    ["swap sourceBase64", swap, (bad) => ({ sourceBase64: bad, targetBase64: TINY_PNG })],
    ["swap targetBase64", swap, (bad) => ({ sourceBase64: TINY_PNG, targetBase64: bad })],
    ["upload base64Array", upload, (bad) => ({ base64Array: [bad] })],
  ];
  test.each(cases.flatMap(([name, route, body]) => [[`${name} (HTML)`, route, body(html)], [`${name} (SVG)`, route, body(svg)]] as const))(
    "%s → code 4, nothing forwarded or charged",
    async (_name, route, body) => {
      const user = await makeUser();
      const { key } = await makeKey(user.id);
      const forwarded = sim.requests.length;
      const before = await balances(user.id);
      const res = await callRoute(route, { path: "", headers: bearer(key), body });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/PNG, JPEG, WebP or GIF/) });
      expect(sim.requests.length).toBe(forwarded);
      expect(await balances(user.id)).toEqual(before);
    },
  );

  test("a PNG data URL is accepted (describe)", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const res = await callRoute(describeRoute, { path: "", headers: bearer(key), body: { base64: TINY_PNG } });
    expect(res.body.code).toBe(1);
  });
});
