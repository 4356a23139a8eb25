import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AudioDecodeError, decodeAudio } from '../src/audio/decode';

// The job decodes what dancers uploaded. Songs stored before the api checked containers may be
// playlists or concat lists named .mp3: the decoder must refuse them instead of following them.
const dir = mkdtempSync(join(tmpdir(), 'bb-decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tone = (name: string, seconds: number) => {
  const out = join(dir, name);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=220:duration=${seconds}`, '-ar', '44100', out]);
  return out;
};

describe('decoding a dancer\'s song', () => {
  it('decodes a real audio file', async () => {
    const audio = await decodeAudio(tone('ok.wav', 6));
    expect(audio.duration).toBeCloseTo(6, 1);
  });

  it('refuses an HLS playlist named .mp3 that points at a local file', async () => {
    // A real HLS playlist whose one segment is real audio elsewhere on the disk (absolute path).
    const hls = mkdtempSync(join(dir, 'hls-'));
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=12', '-c:a', 'aac', '-b:a', '32k', '-f', 'hls', '-hls_time', '60',
      '-hls_playlist_type', 'vod', '-hls_base_url', `${hls}/`, '-hls_segment_filename', join(hls, 'private%d.ts'), join(hls, 'list.m3u8')]);
    const playlist = join(dir, 'song.mp3');
    writeFileSync(playlist, readFileSync(join(hls, 'list.m3u8')));
    await expect(decodeAudio(playlist)).rejects.toBeInstanceOf(AudioDecodeError);
  });

  it('refuses an ffconcat list named .mp3', async () => {
    const target = tone('other.wav', 8);
    const list = join(dir, 'list.mp3');
    writeFileSync(list, `ffconcat version 1.0\nfile '${target}'\n`);
    await expect(decodeAudio(list)).rejects.toBeInstanceOf(AudioDecodeError);
  });
});
