/**
 * The normalised renditions an imported clip gets: one per output size of the renderer, with the
 * frame rate and encoder settings of everything the renderer writes (h264Args), a keyframe every
 * second, no audio, moov atom first, so the renderer can cut any second of it and join pieces with
 * stream copy instead of re-encoding. Framing is normalised too: bars baked into the source (the old
 * library's portrait phone clips sit between white bars) are cropped away, and the picture fills the
 * frame over a blurred, darkened copy of itself, never cropping the dancers.
 */
import { execFfmpeg } from '@bachata/core';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ffprobe, h264Args, runFfmpeg } from '../../media/ffmpeg';

export const RENDITION = { width: 640, height: 360, fps: 30 } as const;
/** The sizes the renderer writes; each gets its own rendition so a video at that size is a stream copy. */
export const RENDITION_SIZES = { '360p': [640, 360], '720p': [1280, 720] } as const;
export type RenditionSize = keyof typeof RENDITION_SIZES;
/** Bumped when the rendition's settings change, so every clip is encoded again. */
export const RENDITION_VERSION = 'v2-360p+720p-30fps-h264-g30-blurpad';

export function importedClipKey(clipId: string): string {
  return `library/imported/${clipId}.mp4`;
}

/** The storage key of a clip's rendition at a size: 360p is the clip itself, 720p sits beside it. */
export function renditionKey(clipKey: string, size: RenditionSize): string {
  return size === '360p' ? clipKey : clipKey.replace(/(\.mp4)?$/, '.720p.mp4');
}

/** The picture inside a frame, without bars (x, y, width, height in source pixels). */
export interface ContentBox { x: number; y: number; w: number; h: number }

/**
 * Where the picture is: ffmpeg's cropdetect over every 10th frame, after mapping near-white to black
 * so white bars are found like black ones. The box is the union over the clip (a dancer who reaches
 * into the bar area keeps it) and is taken a little inside, so no light seam of the bar remains.
 */
export function detectContent(source: string, width: number, height: number): Promise<ContentBox> {
  const vf = "select='not(mod(n\\,10))',lutyuv=y='if(gt(val\\,225)\\,0\\,val)',cropdetect=limit=24:round=2:reset=0:skip=0";
  const whole = { x: 0, y: 0, w: width, h: height };
  // cropdetect reports at the info level on stderr; any failure keeps the whole picture
  return execFfmpeg(['-hide_banner', '-nostdin', '-i', source, '-map', '0:v:0', '-vf', vf, '-an', '-f', 'null', '-'], { stderrTail: 8000 }).then((r) => {
    const all = [...r.stderr.matchAll(/crop=(\d+):(\d+):(\d+):(\d+)/g)];
    const m = all[all.length - 1];
    if (!m) return whole;
    let [w, h, x, y] = m.slice(1, 5).map(Number);
    // a box that is most of the frame is no bar: keep the whole picture
    if (w >= width - 8 && h >= height - 8) return whole;
    if (w < width / 5 || h < height / 5) return whole;
    const inset = 2;
    if (w < width - 8) { x += inset; w -= 2 * inset; }
    if (h < height - 8) { y += inset; h -= 2 * inset; }
    return { x, y, w: w - (w % 2), h: h - (h % 2) };
  }, () => whole);
}

/** Never zoom in more than this on the couple (a small, far-away couple stays sharp enough). */
export const MAX_COUPLE_ZOOM = 2;

/**
 * The part of the picture a rendition shows when pose data says where the couple is: the union box of
 * both dancers over the clip (`couple`, source pixels) with a margin (more below, for the feet), grown
 * to the output's shape where the picture allows and centred on the couple, within the picture
 * without bars (`content`). Where the picture is too narrow for that shape the rest is the blurred
 * fill. No zoom past MAX_COUPLE_ZOOM; a window that is nearly the whole picture is the whole picture.
 */
export function framingWindow(content: ContentBox, couple: ContentBox, aspect = RENDITION.width / RENDITION.height): ContentBox {
  const cx1 = content.x, cy1 = content.y, cx2 = content.x + content.w, cy2 = content.y + content.h;
  const clampX = (v: number) => Math.max(cx1, Math.min(cx2, v));
  const clampY = (v: number) => Math.max(cy1, Math.min(cy2, v));
  const side = Math.max(0.06 * couple.w, 0.05 * couple.h);
  const ex1 = clampX(couple.x - side), ex2 = clampX(couple.x + couple.w + side);
  const ey1 = clampY(couple.y - 0.08 * couple.h), ey2 = clampY(couple.y + couple.h + 0.08 * couple.h);
  const ew = ex2 - ex1, eh = ey2 - ey1;
  if (!(ew > 0 && eh > 0)) return content;
  // even sizes (yuv420p), never smaller than the couple's box; at 16:9 a height in steps of 18 px makes
  // the width whole (steps of 32) so the window scales to the frame exactly, with no sliver of fill
  const step = Math.abs(aspect - 16 / 9) < 1e-9 ? 18 : 2;
  const h0 = Math.max(eh, ew / aspect, content.h / MAX_COUPLE_ZOOM, content.w / aspect / MAX_COUPLE_ZOOM);
  const h = Math.min(content.h - (content.h % 2), Math.ceil(h0 / step) * step);
  const w = Math.min(content.w - (content.w % 2), Math.max(Math.ceil(ew / 2) * 2, Math.round((h * aspect) / 2) * 2));
  if (w >= content.w * 0.98 && h >= content.h * 0.98) return content;
  const x = Math.round(Math.max(cx1, Math.min(cx2 - w, (ex1 + ex2) / 2 - w / 2)) / 2) * 2;
  const y = Math.round(Math.max(cy1, Math.min(cy2 - h, (ey1 + ey2) / 2 - h / 2)) / 2) * 2;
  return { x: Math.min(x, cx2 - w), y: Math.min(y, cy2 - h), w, h };
}

/** The filter graph of the renditions: the picture fit inside each size over a blurred, darkened fill of itself. */
export function renditionFilter(box: ContentBox | undefined, sizes: readonly RenditionSize[] = ['360p', '720p']): string {
  const { fps } = RENDITION;
  const crop = box ? `crop=${box.w}:${box.h}:${box.x}:${box.y},` : '';
  const parts = [`[0:v]${crop}fps=${fps},setsar=1,split=${sizes.length * 2}${sizes.map((_, i) => `[f${i}][b${i}]`).join('')}`];
  sizes.forEach((size, i) => {
    const [w, h] = RENDITION_SIZES[size];
    parts.push(`[b${i}]scale=${w / 4}:${h / 4}:force_original_aspect_ratio=increase,crop=${w / 4}:${h / 4},boxblur=8:2,eq=brightness=-0.22:saturation=0.7,scale=${w}:${h}[bg${i}]`);
    parts.push(`[f${i}]scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic[fg${i}]`);
    parts.push(`[bg${i}][fg${i}]overlay=(W-w)/2:(H-h)/2,setsar=1,format=yuv420p[out${i}]`);
  });
  return parts.join(';');
}

/** ffmpeg arguments: one decode, one rendition per target (360p first). */
export function renditionArgs(source: string, targets: Partial<Record<RenditionSize, string>>, box?: ContentBox): string[] {
  const sizes = (Object.keys(RENDITION_SIZES) as RenditionSize[]).filter((s) => targets[s]);
  const outs = sizes.flatMap((s, i) => ['-map', `[out${i}]`, ...h264Args(RENDITION.fps), '-movflags', '+faststart', targets[s]!]);
  return ['-i', source, '-filter_complex', renditionFilter(box, sizes), ...outs];
}

/**
 * Encodes the renditions and returns the part of the source they show. `couple` (0..1 of the source
 * frame, from pose data) keeps the whole couple in frame with framingWindow instead of the whole picture.
 */
export async function makeRendition(source: string, targets: Partial<Record<RenditionSize, string>>, signal?: AbortSignal, couple?: [number, number, number, number]): Promise<ContentBox> {
  const p = await probeSource(source);
  const content = await detectContent(source, p.width, p.height);
  const box = couple
    ? framingWindow(content, { x: couple[0] * p.width, y: couple[1] * p.height, w: (couple[2] - couple[0]) * p.width, h: (couple[3] - couple[1]) * p.height })
    : content;
  const whole = box.x === 0 && box.y === 0 && box.w === p.width && box.h === p.height;
  await runFfmpeg(renditionArgs(source, targets, whole ? undefined : box), { signal });
  return box;
}

export interface SourceProbe {
  width: number;
  height: number;
  duration: number;
  hasAudio: boolean;
}

/** What an imported clip is; a file ffprobe cannot read, or without video, is an error. */
export async function probeSource(file: string): Promise<SourceProbe> {
  let p;
  try {
    p = await ffprobe(file);
  } catch (err) {
    const detail = (err as { detail?: string }).detail ?? '';
    const why = detail.split('\n').slice(1).find((l) => l.trim()) ?? (err as Error).message;
    throw new Error(`ffprobe cannot read it: ${why.trim()}`, { cause: err });
  }
  const video = p.streams.find((s) => s.codec_type === 'video');
  if (!video?.width || !video.height) throw new Error('no video stream');
  return { width: video.width, height: video.height, duration: Number(p.format.duration), hasAudio: p.streams.some((s) => s.codec_type === 'audio') };
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file).on('data', (d) => h.update(d)).on('error', reject).on('end', () => resolve(h.digest('hex')));
  });
}
