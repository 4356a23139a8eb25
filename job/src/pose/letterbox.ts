/**
 * The letterbox YOLO models expect: the frame scaled to fit a square without changing its shape,
 * centred on grey padding. Keypoints come back in that square's pixels; these map them home.
 */
export interface Letterbox {
  /** side of the model's square input, pixels */
  size: number;
  /** frame size in pixels */
  frameWidth: number;
  frameHeight: number;
  /** frame pixels → input pixels */
  scale: number;
  /** size of the scaled frame inside the square */
  width: number;
  height: number;
  /** where the scaled frame starts inside the square */
  padX: number;
  padY: number;
}

export function letterbox(frameWidth: number, frameHeight: number, size = 640): Letterbox {
  if (!(frameWidth > 0 && frameHeight > 0)) throw new Error(`letterbox needs a frame size, got ${frameWidth}×${frameHeight}`);
  const scale = Math.min(size / frameWidth, size / frameHeight);
  const width = Math.round(frameWidth * scale);
  const height = Math.round(frameHeight * scale);
  return { size, frameWidth, frameHeight, scale, width, height, padX: Math.floor((size - width) / 2), padY: Math.floor((size - height) / 2) };
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** A point in input pixels → 0..1 of the frame (x right, y down); points on the padding clamp to the edge. */
export function toFramePoint(lb: Letterbox, x: number, y: number): [number, number] {
  return [clamp01((x - lb.padX) / lb.scale / lb.frameWidth), clamp01((y - lb.padY) / lb.scale / lb.frameHeight)];
}

/** YOLO's padding grey (114). */
export const LETTERBOX_GREY = 114;

/**
 * An already letterboxed RGB square (HWC bytes, as ffmpeg writes rgb24) → the model's input: CHW
 * float32 in 0..1.
 */
export function toInputTensor(rgb: Uint8Array, size: number): Float32Array {
  const plane = size * size;
  if (rgb.length !== plane * 3) throw new Error(`expected ${plane * 3} bytes of ${size}×${size} RGB, got ${rgb.length}`);
  const out = new Float32Array(plane * 3);
  for (let i = 0, p = 0; p < plane; p++, i += 3) {
    out[p] = rgb[i] / 255;
    out[plane + p] = rgb[i + 1] / 255;
    out[2 * plane + p] = rgb[i + 2] / 255;
  }
  return out;
}
