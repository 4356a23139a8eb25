import { spawn } from 'node:child_process';

export interface AudioProbe {
  duration: number;
  codec: string;
  format: string;
  title: string | null;
  artist: string | null;
  genre: string | null;
}

export class ProbeError extends Error {}

/** ffprobe a file; throws ProbeError with a dancer-readable message when it is not usable audio. */
export function probeAudio(path: string): Promise<AudioProbe> {
  return new Promise((resolve, reject) => {
    const p = spawn('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', (e) => reject(new ProbeError(`ffprobe could not run: ${e.message}`)));
    p.on('close', (code) => {
      if (code !== 0) return reject(new ProbeError('This file is not audio we can read (it may be corrupt or not an audio file).'));
      try {
        const info = JSON.parse(out);
        const audio = (info.streams ?? []).find((s: { codec_type: string }) => s.codec_type === 'audio');
        if (!audio) return reject(new ProbeError('This file has no audio track.'));
        const duration = Number(info.format?.duration ?? audio.duration);
        if (!Number.isFinite(duration) || duration <= 0) return reject(new ProbeError('This file\'s length cannot be read; it may be corrupt.'));
        const tags: Record<string, string> = {};
        for (const [k, v] of Object.entries({ ...(info.format?.tags ?? {}), ...(audio.tags ?? {}) })) tags[k.toLowerCase()] = String(v);
        resolve({ duration, codec: audio.codec_name, format: info.format?.format_name ?? '', title: tags.title ?? null, artist: tags.artist ?? null, genre: tags.genre ?? null });
      } catch {
        reject(new ProbeError('This file is not audio we can read.'));
      }
    });
  });
}

/** Decode the whole file to null: catches truncated/corrupt audio that ffprobe's header read accepts. */
export function decodesCleanly(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const p = spawn('ffmpeg', ['-v', 'error', '-xerror', '-i', path, '-map', '0:a:0', '-f', 'null', '-'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', () => resolve(false));
    p.on('close', (code) => resolve(code === 0 && !/invalid|error/i.test(err)));
  });
}
