/** Song upload with progress (fetch has no upload progress, XMLHttpRequest does). */
export interface UploadedSong { id: string; title: string; artist: string; duration: number; bpm?: number | null }
export interface UploadError { code: string; message: string; field?: string; status: number }

export const ACCEPTED_AUDIO = '.mp3,.wav,.m4a,.aac,.ogg,.flac,audio/mpeg,audio/wav,audio/mp4,audio/aac,audio/ogg,audio/flac';
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export function checkAudioFile(file: File): string | null {
  if (!/\.(mp3|wav|m4a|aac|ogg|flac)$/i.test(file.name) && !/^audio\//.test(file.type)) return 'Choose an audio file: mp3, wav, m4a/aac, ogg or flac.';
  if (file.size > MAX_UPLOAD_BYTES) return 'The file is larger than 50 MB.';
  return null;
}

export function uploadSong(opts: {
  file: File; title?: string; artist?: string; accessToken: string | null;
  onProgress: (fraction: number) => void; signal?: AbortSignal;
}): Promise<UploadedSong> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/songs');
    if (opts.accessToken) xhr.setRequestHeader('Authorization', `Bearer ${opts.accessToken}`);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) opts.onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let body: { song?: UploadedSong; error?: Omit<UploadError, 'status'> } | null = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 201 && body?.song) resolve(body.song);
      else reject({ status: xhr.status, code: body?.error?.code ?? 'UPLOAD_FAILED', message: body?.error?.message ?? (xhr.status === 413 ? 'The file is too large (50 MB at most).' : `Upload failed (${xhr.status}).`), field: body?.error?.field } satisfies UploadError);
    };
    xhr.onerror = () => reject({ status: 0, code: 'NETWORK', message: 'The upload was interrupted. Check your connection and try again.' } satisfies UploadError);
    xhr.onabort = () => reject({ status: 0, code: 'ABORTED', message: 'Upload cancelled.' } satisfies UploadError);
    opts.signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    if (opts.title) form.append('title', opts.title);
    if (opts.artist) form.append('artist', opts.artist);
    form.append('file', opts.file);
    xhr.send(form);
  });
}
