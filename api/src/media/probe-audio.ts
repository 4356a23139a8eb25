import { execFfmpeg, execFfprobe, MediaToolMissingError, type MediaToolResult } from '@bachata/core';

/**
 * The audio containers a song may come in, keyed by ffmpeg's demuxer name (the first matching entry
 * of ffprobe's `format_name`, e.g. "mov,mp4,m4a,3gp,3g2,mj2" → mov). Nothing else is ever opened:
 * playlists (hls), concat lists, images, subtitles and every other demuxer are refused by ffprobe
 * itself (`-format_whitelist`), before they could read anything.
 */
export const AUDIO_CONTAINERS: Record<string, { ext: string; contentType: string }> = {
  mp3: { ext: '.mp3', contentType: 'audio/mpeg' },
  wav: { ext: '.wav', contentType: 'audio/wav' },
  flac: { ext: '.flac', contentType: 'audio/flac' },
  ogg: { ext: '.ogg', contentType: 'audio/ogg' },
  mov: { ext: '.m4a', contentType: 'audio/mp4' },
  aac: { ext: '.aac', contentType: 'audio/aac' },
};
const CONTAINER_WHITELIST = Object.keys(AUDIO_CONTAINERS).join(',');
export const ACCEPTED_AUDIO_CODECS = new Set(['mp3', 'pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_f32le', 'pcm_u8', 'pcm_s16be', 'aac', 'vorbis', 'opus', 'flac', 'alac']);
export const ACCEPTED_FORMATS_TEXT = 'mp3, wav, m4a, aac, ogg or flac';

/** ffprobe/ffmpeg options that keep them on the one local file: no network, no other protocol. */
const FILE_ONLY = ['-protocol_whitelist', 'file'];
/** A probe or decode that takes longer than this is refused (and killed) rather than holding a CPU. */
const TOOL_TIMEOUT_MS = 120_000;

/** The part of one ffprobe stream this check reads. */
interface ProbeStreamInfo {
  codec_type?: string;
  codec_name?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
}

export interface AudioProbe {
  /** seconds of audio actually decoded (capped at `maxSeconds` + 1) — never the header's claim */
  duration: number;
  /** true when decoding stopped at the cap: the song is longer than `maxSeconds` */
  longerThanMax: boolean;
  /** what the header claims, for the log only */
  headerDuration: number | null;
  codec: string;
  /** demuxer name, a key of AUDIO_CONTAINERS */
  container: string;
  ext: string;
  contentType: string;
  title: string | null;
  artist: string | null;
  genre: string | null;
}

/** A file that is not a usable song; `message` is one sentence a dancer can act on. */
export class ProbeError extends Error {}

interface ToolRun { code: number | null; stdout: string; stderr: string; spawnError?: Error }

/** Both tools through core's one ffmpeg/ffprobe wrapper, killed past TOOL_TIMEOUT_MS. */
async function run(cmd: 'ffmpeg' | 'ffprobe', args: string[]): Promise<ToolRun> {
  const opts = { timeoutMs: TOOL_TIMEOUT_MS, captureStdout: true, stderrTail: 20_000 };
  let r: MediaToolResult;
  try {
    r = cmd === 'ffmpeg' ? await execFfmpeg(args, opts) : await execFfprobe(args, opts);
  } catch (e) {
    if (e instanceof MediaToolMissingError) return { code: null, stdout: '', stderr: '', spawnError: e };
    throw e;
  }
  return { code: r.timedOut ? null : r.code, stdout: r.stdout.toString().slice(0, 1_000_000), stderr: r.stderr };
}

/**
 * Checks an uploaded file and measures it: ffprobe (allowed containers only, file protocol only)
 * for the container, codec and tags, then a full decode with the detected demuxer forced (`-f`) for
 * the real length and to catch damaged audio. Throws ProbeError with a dancer-readable message; the
 * tools' own output never reaches it (it names server paths).
 */
export async function probeAudio(path: string, opts: { maxSeconds: number }): Promise<AudioProbe> {
  const input = `file:${path}`;
  const probe = await run('ffprobe', ['-v', 'error', ...FILE_ONLY, '-format_whitelist', CONTAINER_WHITELIST,
    '-print_format', 'json', '-show_format', '-show_streams', input]);
  if (probe.spawnError) throw new Error(`ffprobe could not run: ${probe.spawnError.message}`);
  if (probe.code !== 0) {
    if (/not on whitelist/i.test(probe.stderr)) throw new ProbeError(`This file is not a song in a format we accept (${ACCEPTED_FORMATS_TEXT}); playlists and other containers are refused.`);
    throw new ProbeError('This file is not audio we can read (it may be corrupt or not an audio file).');
  }
  let info: { format?: { format_name?: string; duration?: string; tags?: Record<string, string> }; streams?: ProbeStreamInfo[] };
  try {
    info = JSON.parse(probe.stdout);
  } catch {
    throw new ProbeError('This file is not audio we can read.');
  }
  const container = (info.format?.format_name ?? '').split(',').find((name) => name in AUDIO_CONTAINERS);
  if (!container) throw new ProbeError(`This file is not a song in a format we accept (${ACCEPTED_FORMATS_TEXT}).`);
  const streams = info.streams ?? [];
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (!audio) throw new ProbeError('This file has no audio track.');
  // Cover art inside an mp3 or m4a is a still picture; a moving video is not a song.
  if (streams.some((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1)) throw new ProbeError(`This file contains a video; upload the song as audio (${ACCEPTED_FORMATS_TEXT}).`);
  if (!ACCEPTED_AUDIO_CODECS.has(audio.codec_name ?? '')) throw new ProbeError(`Audio encoded as ${String(audio.codec_name).slice(0, 30)} is not supported; use ${ACCEPTED_FORMATS_TEXT}.`);

  // Decoding to the end is the only honest length: a header's duration or a bitrate estimate can lie
  // (a truncated file keeps its full-length header; a low-bitrate tail after a high-bitrate start
  // looks short). Stopping one second past the limit bounds the work for very long files.
  const decode = await run('ffmpeg', ['-nostdin', '-v', 'error', '-xerror', ...FILE_ONLY, '-f', container, '-i', input,
    '-map', '0:a:0', '-vn', '-t', String(opts.maxSeconds + 1), '-f', 'null', '-progress', 'pipe:1', '-nostats', '-']);
  if (decode.spawnError) throw new Error(`ffmpeg could not run: ${decode.spawnError.message}`);
  if (decode.code !== 0 || /invalid|error/i.test(decode.stderr)) throw new ProbeError('This audio file is damaged: it cannot be decoded to the end.');
  const times = [...decode.stdout.matchAll(/^out_time_us=(\d+)$/gm)];
  const duration = times.length ? Number(times[times.length - 1][1]) / 1e6 : 0;
  if (!(duration > 0)) throw new ProbeError('This file contains no audio we can play.');

  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...(info.format?.tags ?? {}), ...(audio.tags ?? {}) })) tags[k.toLowerCase()] = String(v);
  const headerDuration = Number(info.format?.duration ?? audio.duration);
  return {
    duration, longerThanMax: duration > opts.maxSeconds, headerDuration: Number.isFinite(headerDuration) ? headerDuration : null,
    codec: audio.codec_name ?? '', container, ...AUDIO_CONTAINERS[container],
    title: tags.title ?? null, artist: tags.artist ?? null, genre: tags.genre ?? null,
  };
}
