import { GcsStorage } from './gcs-storage';
import { DEFAULT_MEDIA_ROOT, LocalDiskStorage } from './local-disk-storage';

export * from './media-storage';
export * from './content-types';
export { normaliseKey, resolveLegacyPath } from './keys';
export { LocalDiskStorage, DEFAULT_MEDIA_ROOT, encodeKeyForUrl, type LocalDiskStorageOptions } from './local-disk-storage';
export { GcsStorage, MAX_SIGNED_URL_SECONDS, type GcsStorageOptions } from './gcs-storage';

/**
 * What `createMediaStorage` needs, already read from the environment by the app's config loader:
 * STORAGE → kind, MEDIA_ROOT → mediaRoot, GCS_BUCKET → gcsBucket, GCS_API_ENDPOINT → gcsApiEndpoint,
 * MEDIA_URL_SECRET → urlSecret, PUBLIC_BASE_URL → publicBaseUrl.
 */
export interface MediaStorageOptions {
  kind: 'local' | 'gcs';
  /** local: directory of all media, default `.data/media` */
  mediaRoot?: string;
  /** gcs: bucket name (required for gcs) */
  gcsBucket?: string;
  /** gcs: '' → Google's endpoint; an emulator URL otherwise */
  gcsApiEndpoint?: string;
  gcsProjectId?: string;
  /** local: HMAC key of signed media URLs (required for local) */
  urlSecret?: string;
  /** local: origin prefixed to signed URLs; '' → relative `/media/...` URLs */
  publicBaseUrl?: string;
}

export function createMediaStorage(options: MediaStorageOptions): LocalDiskStorage | GcsStorage {
  switch (options.kind) {
    case 'local':
      return new LocalDiskStorage({
        root: options.mediaRoot || DEFAULT_MEDIA_ROOT,
        secret: options.urlSecret ?? '',
        publicBaseUrl: options.publicBaseUrl ?? '',
      });
    case 'gcs':
      if (!options.gcsBucket) throw new Error('STORAGE=gcs needs GCS_BUCKET');
      return new GcsStorage({
        bucket: options.gcsBucket,
        apiEndpoint: options.gcsApiEndpoint || undefined,
        projectId: options.gcsProjectId || undefined,
      });
    default:
      throw new Error(`Unknown storage kind "${(options as { kind: unknown }).kind}" (expected local or gcs)`);
  }
}
