import { useState } from 'react';

/** Two signed links to the same file: same origin and path, only the signature and expiry differ. */
export function sameFile(a: string | null, b: string | null): boolean {
  if (!a || !b) return a === b;
  try {
    const x = new URL(a, 'http://x'), y = new URL(b, 'http://x');
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch { return false; }
}

export interface MediaLinks {
  video: string | null;
  poster: string | null;
  /** The shown video failed to load: true when a fresher link is there and is now shown. */
  onVideoError(): boolean;
}

/**
 * The video and poster links the player shows. Every API answer signs its media links anew, so the
 * cached plan renders with one link and the network answer a moment later brings another for the same
 * file: swapping the `src` would load the video (and poster) a second time and reset the player. The
 * links shown stay the first ones while they work; a different file, or a shown link that failed (an
 * expired signature from the cache), takes the newest.
 */
export function useMediaLinks(videoUrl: string | null, posterUrl: string | null | undefined): MediaLinks {
  const latest = { video: videoUrl, poster: posterUrl ?? null };
  const [shown, setShown] = useState(latest);
  const [failed, setFailed] = useState(false);
  if (latest.video !== shown.video && (failed || !sameFile(latest.video, shown.video))) {
    // Adjusting state to new props during render (React's pattern for it): no extra commit.
    setShown(latest);
    setFailed(false);
  } else if (latest.video === shown.video && latest.poster !== shown.poster && !sameFile(latest.poster, shown.poster)) {
    setShown(latest);
  }
  return {
    ...shown,
    onVideoError: () => {
      if (latest.video !== shown.video) { setShown(latest); setFailed(false); return true; }
      setFailed(true);
      return false;
    },
  };
}

/**
 * One signed link (a poster in a list), by the same rule: the shown link stays while it works and the
 * file is the same; `onError` takes a fresher link when there is one.
 */
export function useSignedLink(url: string | null | undefined): { src: string | null; onError: () => void } {
  const links = useMediaLinks(url ?? null, null);
  return { src: links.video, onError: () => { links.onVideoError(); } };
}
