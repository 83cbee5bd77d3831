import { createHash } from "node:crypto";

/*
 * A tiny but real MP4: H.264 Constrained Baseline in I_PCM macroblocks (raw samples, no transform or
 * entropy coding to get wrong), muxed as ISO BMFF with ftyp, moov (avcC holding SPS/PPS) and mdat.
 * Browsers' decoders play it, and it needs no encoder library.
 */

const MB = 16;

class BitWriter {
  private readonly out: number[] = [];
  private current = 0;
  private filled = 0;

  bit(value: number): void {
    this.current = (this.current << 1) | (value & 1);
    if (++this.filled === 8) {
      this.out.push(this.current);
      this.current = 0;
      this.filled = 0;
    }
  }

  bits(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }

  /** Exp-Golomb ue(v). */
  ue(value: number): void {
    const x = value + 1;
    const length = 32 - Math.clz32(x);
    this.bits(0, length - 1);
    this.bits(x, length);
  }

  /** Exp-Golomb se(v). */
  se(value: number): void {
    this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }

  alignWithZeros(): void {
    while (this.filled !== 0) this.bit(0);
  }

  bytes(data: Uint8Array): void {
    for (const byte of data) this.bits(byte, 8);
  }

  /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
  finish(): Buffer {
    this.bit(1);
    this.alignWithZeros();
    return Buffer.from(this.out);
  }
}

/** NAL header + payload with emulation-prevention bytes (no 00 00 0x inside a NAL unit). */
function nal(header: number, rbsp: Buffer): Buffer {
  const out: number[] = [header];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

function sequenceParameterSet(width: number, height: number): Buffer {
  const w = new BitWriter();
  w.bits(66, 8); // profile_idc: Baseline
  w.bits(0xc0, 8); // constraint_set0 + set1: Constrained Baseline
  w.bits(30, 8); // level_idc 3.0
  w.ue(0); // seq_parameter_set_id
  w.ue(0); // log2_max_frame_num_minus4
  w.ue(2); // pic_order_cnt_type 2: output order = decode order
  w.ue(0); // max_num_ref_frames: every frame is intra
  w.bit(0); // gaps_in_frame_num_value_allowed_flag
  w.ue(width / MB - 1);
  w.ue(height / MB - 1);
  w.bit(1); // frame_mbs_only_flag
  w.bit(1); // direct_8x8_inference_flag
  w.bit(0); // frame_cropping_flag
  w.bit(0); // vui_parameters_present_flag
  return nal(0x67, w.finish());
}

function pictureParameterSet(): Buffer {
  const w = new BitWriter();
  w.ue(0); // pic_parameter_set_id
  w.ue(0); // seq_parameter_set_id
  w.bit(0); // entropy_coding_mode_flag: CAVLC
  w.bit(0); // bottom_field_pic_order_in_frame_present_flag
  w.ue(0); // num_slice_groups_minus1
  w.ue(0); // num_ref_idx_l0_default_active_minus1
  w.ue(0); // num_ref_idx_l1_default_active_minus1
  w.bit(0); // weighted_pred_flag
  w.bits(0, 2); // weighted_bipred_idc
  w.se(0); // pic_init_qp_minus26
  w.se(0); // pic_init_qs_minus26
  w.se(0); // chroma_qp_index_offset
  w.bit(0); // deblocking_filter_control_present_flag
  w.bit(0); // constrained_intra_pred_flag
  w.bit(0); // redundant_pic_cnt_present_flag
  return nal(0x68, w.finish());
}

interface Frame {
  width: number;
  height: number;
  /** 4:2:0 planes, every sample within the video range (16…235/240), so never 0. */
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
}

/** One IDR slice of I_PCM macroblocks; consecutive IDRs need different idr_pic_id values. */
function idrSlice(frame: Frame, idrPicId: number): Buffer {
  const w = new BitWriter();
  w.ue(0); // first_mb_in_slice
  w.ue(7); // slice_type: I, and so are all others in the picture
  w.ue(0); // pic_parameter_set_id
  w.bits(0, 4); // frame_num (log2_max_frame_num = 4)
  w.ue(idrPicId);
  w.bit(0); // no_output_of_prior_pics_flag
  w.bit(0); // long_term_reference_flag
  w.se(0); // slice_qp_delta
  const mbCols = frame.width / MB;
  const mbRows = frame.height / MB;
  const chromaWidth = frame.width / 2;
  for (let my = 0; my < mbRows; my++) {
    for (let mx = 0; mx < mbCols; mx++) {
      w.ue(25); // mb_type I_PCM
      w.alignWithZeros(); // pcm_alignment_zero_bit
      for (let row = 0; row < MB; row++) {
        const start = (my * MB + row) * frame.width + mx * MB;
        w.bytes(frame.y.subarray(start, start + MB));
      }
      for (const plane of [frame.u, frame.v]) {
        for (let row = 0; row < MB / 2; row++) {
          const start = (my * (MB / 2) + row) * chromaWidth + mx * (MB / 2);
          w.bytes(plane.subarray(start, start + MB / 2));
        }
      }
    }
  }
  return nal(0x65, w.finish());
}

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, Math.round(value)));

/** RGB (row-major, 3 bytes a pixel) → BT.601 video-range 4:2:0. */
function toYuv420(width: number, height: number, rgb: Uint8Array): Frame {
  const y = new Uint8Array(width * height);
  const u = new Uint8Array((width / 2) * (height / 2));
  const v = new Uint8Array((width / 2) * (height / 2));
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [rgb[i * 3] ?? 0, rgb[i * 3 + 1] ?? 0, rgb[i * 3 + 2] ?? 0];
    y[i] = clamp(16 + 0.257 * r + 0.504 * g + 0.098 * b, 16, 235);
  }
  for (let cy = 0; cy < height / 2; cy++) {
    for (let cx = 0; cx < width / 2; cx++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
        const i = ((cy * 2 + dy) * width + cx * 2 + dx) * 3;
        r += (rgb[i] ?? 0) / 4;
        g += (rgb[i + 1] ?? 0) / 4;
        b += (rgb[i + 2] ?? 0) / 4;
      }
      u[cy * (width / 2) + cx] = clamp(128 - 0.148 * r - 0.291 * g + 0.439 * b, 16, 240);
      v[cy * (width / 2) + cx] = clamp(128 + 0.439 * r - 0.368 * g - 0.071 * b, 16, 240);
    }
  }
  return { width, height, y, u, v };
}

// ---- ISO BMFF boxes ----

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(value >>> 0);
  return b;
}

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(value);
  return b;
}

function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  return Buffer.concat([u32(body.length + 8), Buffer.from(type, "latin1"), body]);
}

function fullBox(type: string, flags: number, ...payload: Buffer[]): Buffer {
  return box(type, u32(flags & 0xffffff), ...payload); // version 0
}

const UNITY_MATRIX = Buffer.concat([0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000].map(u32));

interface Track {
  width: number;
  height: number;
  timescale: number;
  sampleDelta: number;
  sps: Buffer;
  pps: Buffer;
  samples: Buffer[];
}

function sampleEntry(track: Track): Buffer {
  const compressor = Buffer.alloc(32);
  const name = "mj-simulator";
  compressor[0] = name.length;
  compressor.write(name, 1, "latin1");
  const avcC = box(
    "avcC",
    Buffer.from([1, track.sps[1] ?? 0, track.sps[2] ?? 0, track.sps[3] ?? 0, 0xff, 0xe1]), // 4-byte NAL lengths, 1 SPS
    u16(track.sps.length),
    track.sps,
    Buffer.from([1]),
    u16(track.pps.length),
    track.pps,
  );
  return box(
    "avc1",
    Buffer.alloc(6), // reserved
    u16(1), // data_reference_index
    Buffer.alloc(16), // pre_defined + reserved
    u16(track.width),
    u16(track.height),
    u32(0x00480000), // 72 dpi
    u32(0x00480000),
    u32(0),
    u16(1), // frame_count
    compressor,
    u16(0x0018), // depth
    u16(0xffff), // pre_defined = -1
    avcC,
  );
}

function movie(track: Track, chunkOffset: number): Buffer {
  const duration = track.samples.length * track.sampleDelta;
  const stbl = box(
    "stbl",
    fullBox("stsd", 0, u32(1), sampleEntry(track)),
    fullBox("stts", 0, u32(1), u32(track.samples.length), u32(track.sampleDelta)),
    fullBox("stsc", 0, u32(1), u32(1), u32(track.samples.length), u32(1)),
    fullBox("stsz", 0, u32(0), u32(track.samples.length), ...track.samples.map((s) => u32(s.length))),
    fullBox("stco", 0, u32(1), u32(chunkOffset)),
    // no stss: every sample is a sync sample
  );
  const minf = box(
    "minf",
    fullBox("vmhd", 1, Buffer.alloc(8)),
    box("dinf", fullBox("dref", 0, u32(1), fullBox("url ", 1))),
    stbl,
  );
  const mdia = box(
    "mdia",
    fullBox("mdhd", 0, u32(0), u32(0), u32(track.timescale), u32(duration), u16(0x55c4 /* "und" */), u16(0)),
    fullBox("hdlr", 0, u32(0), Buffer.from("vide", "latin1"), Buffer.alloc(12), Buffer.from("VideoHandler\0", "latin1")),
    minf,
  );
  const tkhd = fullBox(
    "tkhd",
    3, // enabled, in movie
    u32(0),
    u32(0),
    u32(1), // track_ID
    u32(0),
    u32(duration),
    Buffer.alloc(8),
    u16(0), // layer
    u16(0), // alternate_group
    u16(0), // volume
    u16(0),
    UNITY_MATRIX,
    u32(track.width << 16),
    u32(track.height << 16),
  );
  const mvhd = fullBox(
    "mvhd",
    0,
    u32(0),
    u32(0),
    u32(track.timescale),
    u32(duration),
    u32(0x00010000), // rate 1.0
    u16(0x0100), // volume 1.0
    Buffer.alloc(10),
    UNITY_MATRIX,
    Buffer.alloc(24),
    u32(2), // next_track_ID
  );
  return box("moov", mvhd, box("trak", tkhd, mdia));
}

/** Muxes H.264 frames (Annex-B-free NAL units) into a progressive MP4, moov before mdat. */
function mux(track: Track): Buffer {
  const ftyp = box("ftyp", Buffer.from("isom", "latin1"), u32(0x200), Buffer.from("isomiso2avc1mp41", "latin1"));
  const moovSize = movie(track, 0).length;
  // The chunk offset is the first sample's absolute position: after ftyp, moov and mdat's own header.
  const moov = movie(track, ftyp.length + moovSize + 8);
  return Buffer.concat([ftyp, moov, box("mdat", ...track.samples)]);
}

export const VIDEO_SIZE = 32;
export const VIDEO_FRAMES = 8;
export const VIDEO_FPS = 8;

/**
 * One second of video for a task: its 2×2 colour grid (like the PNGs) with a light band sweeping
 * down, stable for a given id and index so each clip of a batch differs.
 */
export function renderTaskVideo(id: string, index = 0): Buffer {
  const size = VIDEO_SIZE;
  const digest = createHash("sha256").update(`${id}:${index}`).digest();
  const sps = sequenceParameterSet(size, size);
  const pps = pictureParameterSet();
  const samples: Buffer[] = [];
  for (let f = 0; f < VIDEO_FRAMES; f++) {
    const rgb = new Uint8Array(size * size * 3);
    for (let y = 0; y < size; y++) {
      const band = (y - (f * size) / VIDEO_FRAMES + size) % size < size / 8;
      for (let x = 0; x < size; x++) {
        const quadrant = (x >= size / 2 ? 1 : 0) + (y >= size / 2 ? 2 : 0);
        for (let c = 0; c < 3; c++) {
          const value = digest[quadrant * 3 + c] ?? 0;
          rgb[(y * size + x) * 3 + c] = band ? Math.round(value / 2 + 127) : value;
        }
      }
    }
    const slice = idrSlice(toYuv420(size, size, rgb), f % 2);
    samples.push(Buffer.concat([u32(slice.length), slice]));
  }
  return mux({ width: size, height: size, timescale: 1000, sampleDelta: 1000 / VIDEO_FPS, sps, pps, samples });
}
