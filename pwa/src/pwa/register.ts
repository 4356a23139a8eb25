/** Service worker registration and the "new version" prompt (registerType: 'prompt'). */
import { Workbox } from 'workbox-window';

type Listener = (waiting: boolean) => void;
let wb: Workbox | null = null;
let waiting = false;
const listeners = new Set<Listener>();

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => { waiting = true; listeners.forEach((l) => l(true)); });
  // The new worker took over after the dancer accepted: load the new app shell.
  wb.addEventListener('controlling', (e) => { if (e.isUpdate) location.reload(); });
  void wb.register();
}

export function onUpdateWaiting(l: Listener): () => void {
  listeners.add(l);
  l(waiting);
  return () => { listeners.delete(l); };
}

export function applyUpdate() { wb?.messageSkipWaiting(); }
