import busboy from 'busboy';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Song } from '../../db/entities';
import { AppError, badInput } from '../../errors';
import { decodesCleanly, ProbeError, probeAudio } from '../../media/probe-audio';
import type { AppServices } from '../../services';
import { authenticateRequest, loadUser } from '../../http/authenticate';
import { toSongType } from './song.service';

const AUDIO_EXTENSIONS: Record<string, string> = {
  '.mp3': 'audio/mpeg', '.wav': 'audio/wav', '.m4a': 'audio/mp4', '.aac': 'audio/aac', '.ogg': 'audio/ogg', '.oga': 'audio/ogg', '.flac': 'audio/flac',
};
const ACCEPTED_CODECS = new Set(['mp3', 'pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_f32le', 'pcm_u8', 'pcm_s16be', 'aac', 'vorbis', 'opus', 'flac', 'alac']);
export const MIN_SONG_SECONDS = 30;
export const MAX_SONG_SECONDS = 15 * 60;

/**
 * POST /api/songs (multipart, field `file`, optional `title`, `artist`): a private upload. Everything is
 * checked on a temporary file first; nothing is stored unless the file is a usable song.
 */
export function songUploadHandler(services: AppServices) {
  const { config, storage, log } = services;
  return async (req: Request, res: Response) => {
    const tmpDir = join(config.dataDir, 'tmp');
    mkdirSync(tmpDir, { recursive: true });
    let tmpPath: string | null = null;
    try {
      const em = services.orm.em.fork();
      const user = await loadUser(em, authenticateRequest(req, config));
      if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) throw badInput('Send the song as multipart/form-data with a "file" field.', 'file');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > config.maxUploadBytes + 1024 * 1024) throw tooLarge(config.maxUploadBytes);

      const fields: Record<string, string> = {};
      let fileName = '';
      let truncated = false;
      let gotFile = false;
      await new Promise<void>((resolve, reject) => {
        const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: config.maxUploadBytes, fields: 10, fieldSize: 1000 } });
        const writes: Promise<void>[] = [];
        bb.on('field', (name, value) => { fields[name] = value; });
        bb.on('file', (name, stream, info) => {
          if (name !== 'file' || gotFile) { stream.resume(); return; }
          gotFile = true;
          fileName = info.filename || 'upload';
          const ext = extname(fileName).toLowerCase();
          tmpPath = join(tmpDir, `${randomUUID()}${AUDIO_EXTENSIONS[ext] ? ext : '.bin'}`);
          stream.on('limit', () => { truncated = true; });
          writes.push(pipeline(stream, createWriteStream(tmpPath)));
        });
        bb.on('close', () => Promise.all(writes).then(() => resolve(), reject));
        bb.on('error', reject);
        req.pipe(bb);
      });
      if (!gotFile || !tmpPath) throw badInput('No file was sent. Use the form field "file".', 'file');
      if (truncated) throw tooLarge(config.maxUploadBytes);
      const ext = extname(fileName).toLowerCase();
      if (!AUDIO_EXTENSIONS[ext]) throw badInput('Upload an mp3, wav, m4a, aac, ogg or flac file.', 'file');

      let probe;
      try {
        probe = await probeAudio(tmpPath);
      } catch (e) {
        throw badInput(e instanceof ProbeError ? e.message : 'This file is not audio we can read.', 'file');
      }
      if (!ACCEPTED_CODECS.has(probe.codec)) throw badInput(`Audio encoded as ${probe.codec} is not supported; use mp3, wav, m4a/aac, ogg or flac.`, 'file');
      if (probe.duration < MIN_SONG_SECONDS) throw badInput(`The song is ${probe.duration.toFixed(1)} s long; it needs at least ${MIN_SONG_SECONDS} s.`, 'file');
      if (probe.duration > MAX_SONG_SECONDS) throw badInput(`The song is ${Math.round(probe.duration / 60)} minutes long; the limit is ${MAX_SONG_SECONDS / 60} minutes.`, 'file');
      if (!(await decodesCleanly(tmpPath))) throw badInput('This audio file is damaged: it cannot be decoded to the end.', 'file');

      const key = `songs/user_${user.id}/${randomUUID()}${ext}`;
      await storage.putFile(key, tmpPath, AUDIO_EXTENSIONS[ext]);
      const title = (fields.title?.trim() || probe.title?.trim() || fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || 'Untitled').slice(0, 200);
      const song = em.create(Song, {
        title, artist: (fields.artist?.trim() || probe.artist?.trim() || '').slice(0, 200), duration: probe.duration,
        genre: probe.genre?.slice(0, 50) ?? null, audioPath: key, ownerId: user.id, createdAt: new Date(), updatedAt: new Date(),
      });
      try {
        await em.flush();
      } catch (e) {
        await storage.delete(key).catch(() => undefined);
        throw e;
      }
      log.info('song uploaded', { songId: song.id, userId: user.id, seconds: Math.round(probe.duration) });
      res.status(201).json({ song: { ...toSongType(song, user.id), audioKey: undefined } });
    } catch (e) {
      // Drain what the client still sends, so it receives our answer instead of a reset connection.
      req.resume();
      const err = e instanceof AppError ? e : null;
      if (!err) log.error('upload failed', { error: e });
      res.status(err?.httpStatus ?? 500).json({ error: { code: err?.code ?? 'INTERNAL_SERVER_ERROR', message: err?.message ?? 'The upload failed. Please try again.', field: err?.extensions.field } });
    } finally {
      if (tmpPath) rmSync(tmpPath, { force: true });
    }
  };
}

function tooLarge(max: number): AppError {
  return new AppError('BAD_USER_INPUT', `The file is larger than ${Math.round(max / 1024 / 1024)} MB.`, { field: 'file', http: 413 });
}
