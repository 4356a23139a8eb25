import { execFfmpeg, type MediaStorage } from '@bachata/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobDatabase } from '../store/database';
import { generateBachataTrack, writeWav } from '../synth';

/** Three short songs synthesised by the project itself: royalty-free by construction. */
export const DEMO_SONGS = [
  { slug: 'luna-de-santiago', title: 'Luna de Santiago', bpm: 118, seed: 11, duration: 62, introBars: 2, pickup: false },
  { slug: 'guira-y-bongo', title: 'Güira y Bongó', bpm: 128, seed: 23, duration: 58, introBars: 0, pickup: true },
  { slug: 'noche-en-la-capital', title: 'Noche en la Capital', bpm: 138, seed: 37, duration: 56, introBars: 2, pickup: false },
] as const;
export const DEMO_ARTIST = 'Bachata Buddy Demo Band';

async function encodeMp3(wav: string, mp3: string, title: string): Promise<void> {
  const r = await execFfmpeg(['-v', 'error', '-y', '-i', wav, '-c:a', 'libmp3lame', '-b:a', '128k', '-metadata', `title=${title}`, '-metadata', `artist=${DEMO_ARTIST}`, mp3]);
  if (r.code !== 0) throw new Error(`ffmpeg could not encode the demo song: ${r.stderr.trim()}`);
}

/** Adds the demo songs to the shared library when none are there yet. Returns how many were added. */
export async function ensureDemoSongs(db: JobDatabase, storage: MediaStorage, log: (line: string) => void = () => undefined): Promise<number> {
  const { rows } = await db.query(`SELECT audio_path FROM songs WHERE is_demo = true`);
  const present = new Set(rows.map((r) => r.audio_path as string));
  const dir = mkdtempSync(join(tmpdir(), 'bb-demo-'));
  let added = 0;
  try {
    for (const song of DEMO_SONGS) {
      const key = `songs/demo/${song.slug}.mp3`;
      if (present.has(key) && (await storage.stat(key))) continue;
      const track = generateBachataTrack({ bpm: song.bpm, duration: song.duration, seed: song.seed, introBars: song.introBars, pickup: song.pickup, chorus: true, noise: 0 });
      const wav = join(dir, `${song.slug}.wav`);
      const mp3 = join(dir, `${song.slug}.mp3`);
      writeWav(wav, track.samples, track.sampleRate);
      await encodeMp3(wav, mp3, song.title);
      await storage.putFile(key, mp3, 'audio/mpeg');
      const duration = track.samples.length / track.sampleRate;
      if (present.has(key)) {
        await db.query(`UPDATE songs SET duration = $2, bpm = $3, updated_at = now() WHERE audio_path = $1`, [key, duration, song.bpm]);
      } else {
        await db.query(
          `INSERT INTO songs (title, artist, duration, bpm, genre, audio_path, created_at, updated_at, is_demo) VALUES ($1, $2, $3, $4, 'Bachata', $5, now(), now(), true)`,
          [song.title, DEMO_ARTIST, duration, song.bpm, key]);
      }
      added++;
      log(`demo song ready: ${song.title} (${song.bpm} BPM)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return added;
}
