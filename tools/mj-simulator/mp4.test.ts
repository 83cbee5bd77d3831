import { describe, expect, test } from "vitest";
import { renderTaskVideo, VIDEO_FRAMES, VIDEO_SIZE } from "./mp4.js";

interface Box {
  type: string;
  start: number;
  body: Buffer;
}

function boxes(data: Buffer, offset = 0): Box[] {
  const found: Box[] = [];
  let at = 0;
  while (at < data.length) {
    const size = data.readUInt32BE(at);
    expect(size).toBeGreaterThanOrEqual(8);
    expect(at + size).toBeLessThanOrEqual(data.length);
    found.push({ type: data.toString("latin1", at + 4, at + 8), start: offset + at, body: data.subarray(at + 8, at + size) });
    at += size;
  }
  return found;
}

/** Follows a path of container boxes, e.g. "moov/trak/mdia". */
function find(data: Buffer, path: string): Box {
  let current: Box = { type: "", start: -8, body: data };
  for (const type of path.split("/")) {
    const next = boxes(current.body, current.start + 8).find((b) => b.type === type);
    if (!next) throw new Error(`no ${type} in ${path}`);
    current = next;
  }
  return current;
}

describe("renderTaskVideo", () => {
  test("is an ISO BMFF file whose sample table points exactly at H.264 IDR slices in mdat", () => {
    const mp4 = renderTaskVideo("1700000000000123");
    expect(boxes(mp4).map((b) => b.type)).toEqual(["ftyp", "moov", "mdat"]);
    const ftyp = find(mp4, "ftyp").body;
    expect(ftyp.toString("latin1", 0, 4)).toBe("isom");
    expect(ftyp.toString("latin1", 8)).toContain("avc1");

    const mvhd = find(mp4, "moov/mvhd").body;
    expect(mvhd.readUInt32BE(16) / mvhd.readUInt32BE(12)).toBe(1); // duration / timescale: one second
    const tkhd = find(mp4, "moov/trak/tkhd").body;
    expect([tkhd.readUInt32BE(76) >>> 16, tkhd.readUInt32BE(80) >>> 16]).toEqual([VIDEO_SIZE, VIDEO_SIZE]);
    expect(find(mp4, "moov/trak/mdia/hdlr").body.toString("latin1", 8, 12)).toBe("vide");

    const stsd = find(mp4, "moov/trak/mdia/minf/stbl/stsd").body;
    const avc1 = boxes(stsd.subarray(8))[0];
    expect(avc1?.type).toBe("avc1");
    const avcC = boxes(avc1?.body.subarray(78) ?? Buffer.alloc(0)).find((b) => b.type === "avcC")?.body ?? Buffer.alloc(0);
    expect([avcC[0], avcC[1], avcC[4]]).toEqual([1, 66, 0xff]); // version 1, Baseline, 4-byte NAL lengths
    const spsLength = avcC.readUInt16BE(6);
    expect(avcC[8]).toBe(0x67); // SPS NAL header
    expect(avcC[8 + spsLength + 3]).toBe(0x68); // PPS NAL header after the PPS count and length

    const stsz = find(mp4, "moov/trak/mdia/minf/stbl/stsz").body;
    const count = stsz.readUInt32BE(8);
    expect(count).toBe(VIDEO_FRAMES);
    const sizes = Array.from({ length: count }, (_, i) => stsz.readUInt32BE(12 + i * 4));
    const chunkOffset = find(mp4, "moov/trak/mdia/minf/stbl/stco").body.readUInt32BE(8);
    const mdat = find(mp4, "mdat");
    expect(chunkOffset).toBe(mdat.start + 8);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(mdat.body.length);

    let at = chunkOffset;
    for (const size of sizes) {
      const nalLength = mp4.readUInt32BE(at);
      expect(nalLength).toBe(size - 4);
      expect(mp4[at + 4]).toBe(0x65); // IDR slice
      const payload = mp4.subarray(at + 5, at + size);
      // Emulation prevention: a NAL unit never holds 00 00 00, 00 00 01 or 00 00 02.
      expect(/\x00\x00[\x00-\x02]/.test(payload.toString("latin1"))).toBe(false);
      at += size;
    }
  });

  test("is stable for a task and clip, and differs between clips", () => {
    expect(renderTaskVideo("1", 0).equals(renderTaskVideo("1", 0))).toBe(true);
    expect(renderTaskVideo("1", 0).equals(renderTaskVideo("1", 1))).toBe(false);
    expect(renderTaskVideo("1", 0).equals(renderTaskVideo("2", 0))).toBe(false);
  });
});
