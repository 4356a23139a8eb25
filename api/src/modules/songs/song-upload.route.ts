import busboy from 'busboy';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Song } from '../../db/entities';
import { AppError, badInput } from '../../errors';
import { ACCEPTED_FORMATS_TEXT, ProbeError, probeAudio } from '../../media/probe-audio';
import type { AppServices } from '../../services';
import { authenticateRequest, loadUser } from '../../http/authenticate';
import { toSongType } from './song.service';
import { quotaExceeded, SongStorageUse } from './song-quota';
import { NUL_MESSAGE } from '../../graphql/limits';

/** File names a song may have; the container itself is checked by ffprobe, whatever the name says. */
const AUDIO_EXTENSIONS = new Set(['.mp3', '.wav', '.m4a', '.aac', '.ogg', '.oga', '.flac']);
export const MIN_SONG_SECONDS = 30;
export const MAX_SONG_SECONDS = 15 * 60;

/**
 * POST /api/songs (multipart, field `file`, optional `title`, `artist`): a private upload. The body is
 * cut off as soon as the file passes the size limit or the dancer's remaining quota; everything is
 * checked on a temporary file; nothing is stored (no file, no row) unless the file is a usable song.
 */
export function songUploadHandler(services: AppServices) {
  const { config, storage, log } = services;
  return async (req: Request, res: Response) => {
    const tmpDir = join(config.dataDir, 'tmp');
    mkdirSync(tmpDir, { recursive: true });
    let tmpPath: string | null = null;
    let out: WriteStream | null = null;
    const removeTemporary = async () => {
      // A write stream still opening would create the file after its removal: let it close first.
      const file = out as WriteStream | null;
      if (file && !file.closed) await new Promise<void>((r) => { file.once('close', () => r()); file.destroy(); });
      if (tmpPath) rmSync(tmpPath, { force: true });
    };
    try {
      const em = services.orm.em.fork();
      const user = await loadUser(em, authenticateRequest(req, config));
      if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) throw badInput('Send the song as multipart/form-data with a "file" field.', 'file');
      const quota = new SongStorageUse(em, user.id, config.uploadQuotaBytes);
      const left = await quota.left();
      if (left <= 0) throw quotaExceeded(config.uploadQuotaBytes, config.uploadQuotaBytes - left);
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > config.maxUploadBytes + 1024 * 1024) throw tooLarge(config.maxUploadBytes);
      const fileLimit = Math.min(config.maxUploadBytes, left);
      const overLimit = () => (left < config.maxUploadBytes ? quotaExceeded(config.uploadQuotaBytes, config.uploadQuotaBytes - left) : tooLarge(config.maxUploadBytes));

      const fields: Record<string, string> = {};
      let fileName = '';
      await new Promise<void>((resolve, reject) => {
        const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: fileLimit, fields: 10, fieldSize: 1000 } });
        const writes: Promise<void>[] = [];
        let gotFile = false;
        // Stop reading the request at once: what is left is never parsed, let alone written.
        const stop = (e: unknown) => {
          req.unpipe(bb);
          (out as WriteStream | null)?.destroy();
          reject(e);
        };
        bb.on('field', (name, value) => { fields[name] = value; });
        bb.on('file', (name, stream, info) => {
          if (name !== 'file' || gotFile) { stream.resume(); return; }
          gotFile = true;
          fileName = info.filename || 'upload';
          if (!AUDIO_EXTENSIONS.has(extname(fileName).toLowerCase())) return stop(badInput(`Upload an ${ACCEPTED_FORMATS_TEXT} file.`, 'file'));
          tmpPath = join(tmpDir, `${randomUUID()}.upload`);
          const file = createWriteStream(tmpPath);
          out = file;
          stream.on('limit', () => stop(overLimit()));
          const written = pipeline(stream, file);
          written.catch(stop);
          writes.push(written);
        });
        bb.on('close', () => {
          if (!gotFile || !tmpPath) return reject(badInput('No file was sent. Use the form field "file".', 'file'));
          Promise.all(writes).then(() => resolve(), reject);
        });
        bb.on('error', () => stop(badInput('The upload is not a valid multipart form. Please try again.', 'file')));
        req.on('error', stop);
        req.pipe(bb);
      });
      if (!tmpPath) throw badInput('No file was sent. Use the form field "file".', 'file');
      for (const name of ['title', 'artist'] as const) if (fields[name]?.includes('\u0000')) throw badInput(NUL_MESSAGE, name);
      const size = statSync(tmpPath).size;

      let probe;
      try {
        probe = await probeAudio(tmpPath, { maxSeconds: MAX_SONG_SECONDS });
      } catch (e) {
        if (e instanceof ProbeError) throw badInput(e.message, 'file');
        throw e;
      }
      if (probe.longerThanMax) throw badInput(`The song is longer than ${MAX_SONG_SECONDS / 60} minutes; the limit is ${MAX_SONG_SECONDS / 60} minutes.`, 'file');
      if (probe.duration < MIN_SONG_SECONDS) throw badInput(`The song is ${probe.duration.toFixed(1)} s long; it needs at least ${MIN_SONG_SECONDS} s.`, 'file');

      const key = `songs/user_${user.id}/${randomUUID()}${probe.ext}`;
      // The file's own tags and name are not the dancer's typing: a NUL in them is dropped, not refused.
      const clean = (text: string | undefined | null) => text?.replaceAll('\u0000', '');
      const title = (fields.title?.trim() || clean(probe.title)?.trim() || (clean(fileName) ?? '').replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || 'Untitled').slice(0, 200);
      const uploaded = tmpPath;
      let stored = false;
      let song: Song;
      try {
        // One upload of a dancer at a time passes this point, so parallel uploads cannot overshoot the quota together.
        song = await quota.reserve(size, async (tem) => {
          await storage.putFile(key, uploaded, probe.contentType);
          stored = true;
          const row = tem.create(Song, {
            title, artist: (fields.artist?.trim() || clean(probe.artist)?.trim() || '').slice(0, 200), duration: probe.duration,
            genre: clean(probe.genre)?.slice(0, 50) ?? null, audioPath: key, ownerId: user.id, sizeBytes: size, createdAt: new Date(), updatedAt: new Date(),
          });
          await tem.flush();
          return row;
        });
      } catch (e) {
        // No row (the transaction rolled back), so no file either.
        if (stored) await storage.delete(key).catch(() => undefined);
        throw e;
      }
      log.info('song uploaded', { songId: song.id, userId: user.id, seconds: Math.round(probe.duration), headerSeconds: probe.headerDuration, bytes: size, container: probe.container });
      res.status(201).json({ song: { ...toSongType(song, user.id), audioKey: undefined } });
    } catch (e) {
      const err = e instanceof AppError ? e : null;
      if (!err) log.error('upload failed', { error: e });
      // Gone before the answer: nothing of a refused upload outlives it.
      await removeTemporary().catch(() => undefined);
      refuse(req, res, err?.httpStatus ?? 500, { code: err?.code ?? 'INTERNAL_SERVER_ERROR', message: err?.message ?? 'The upload failed. Please try again.', field: err?.extensions.field }, config.maxUploadBytes);
    } finally {
      await removeTemporary().catch(() => undefined);
    }
  };
}

/**
 * Answers an upload that is refused, possibly before its body has arrived. The rest of the body is
 * read and thrown away (never stored) up to `drainBytes`, so a browser that sends everything before
 * reading the answer still sees it; a client that keeps sending past that is disconnected.
 */
function refuse(req: Request, res: Response, status: number, error: Record<string, unknown>, drainBytes: number): void {
  if (!req.complete) {
    // A client that declared its length gets the whole declared body read (up to 4× the limit), so it
    // finishes sending and reads the answer instead of meeting a reset mid-write.
    const declared = Number(req.headers['content-length'] ?? 0) || 0;
    const drainLimit = Math.max(drainBytes, Math.min(declared, drainBytes * 4));
    let drained = 0;
    let cut = false;
    // Half-close first (our answer stays readable; a reset could discard it in the client's buffer),
    // then drop the connection if the client still does not stop.
    const cutOff = () => {
      clearTimeout(timer);
      if (cut) return;
      cut = true;
      req.socket.end();
      setTimeout(() => req.socket.destroy(), 5_000).unref();
    };
    const timer = setTimeout(cutOff, 30_000);
    timer.unref();
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > drainLimit) cutOff();
    });
    req.on('end', () => clearTimeout(timer));
    req.on('close', () => clearTimeout(timer));
    req.on('error', () => undefined);
    req.resume();
  }
  if (res.headersSent) return;
  res.status(status).json({ error });
}

function tooLarge(max: number): AppError {
  return new AppError('BAD_USER_INPUT', `The file is larger than ${Math.round(max / 1024 / 1024)} MB.`, { field: 'file', http: 413 });
}
