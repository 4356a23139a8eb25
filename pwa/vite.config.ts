/**
 * The whole build of the Bachata Buddy PWA in one place: React, the web app manifest, the service worker
 * and the dev proxy to the API.
 *
 * The service worker is our own (src/sw.ts, `injectManifest`): the share target has to accept a POST
 * with audio files, which only a hand-written fetch handler can do. Workbox still builds the precache
 * list of the app shell into it.
 */
import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const API = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  // Shared rules (vocabularies, the password policy) come from core's browser-safe entry as source:
  // core/package.json's "@bachata/source" export condition, the one alias scheme (docs/architecture.md).
  resolve: { conditions: ['@bachata/source', ...defaultClientConditions] },
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // 'prompt': a new service worker waits until the dancer presses "Reload" in the update banner
      // (never swap the app under someone mid-practice).
      registerType: 'prompt',
      injectRegister: false, // src/pwa/register.ts registers it (workbox-window) and drives the banner
      injectManifest: {
        // The app shell: JS, CSS, HTML, icons. Media and API answers are never precached.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['screenshots/**'],
      },
      includeAssets: ['icons/apple-touch-icon.png', 'icons/icon.svg'],
      manifest: {
        id: '/',
        name: 'Bachata Buddy',
        short_name: 'Bachata',
        description: 'Choreography videos that follow your song: every move on the phrase, counts in sync, loop and slow down any move.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // Desktop installs may draw into the title bar; the header uses env(titlebar-area-*).
        display_override: ['window-controls-overlay'],
        orientation: 'any',
        theme_color: '#7a1f3d',
        background_color: '#1b1014',
        categories: ['music', 'education', 'lifestyle'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          { src: '/screenshots/phone.png', sizes: '412x915', type: 'image/png', form_factor: 'narrow', label: 'Generate a choreography for your song' },
          { src: '/screenshots/desktop.png', sizes: '1440x900', type: 'image/png', form_factor: 'wide', label: 'Your collection of choreographies' },
        ],
        // Share an audio file from another app → the service worker keeps it and opens the upload screen.
        share_target: {
          action: '/share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            files: [{ name: 'audio', accept: ['audio/*', '.mp3', '.wav', '.m4a', '.aac', '.ogg', '.flac'] }],
          },
        },
        // "Open with Bachata Buddy" for audio files (desktop): the launch queue hands them to the upload screen.
        file_handlers: [
          {
            action: '/generate?upload=1',
            accept: {
              'audio/mpeg': ['.mp3'], 'audio/wav': ['.wav'], 'audio/mp4': ['.m4a'], 'audio/aac': ['.aac'],
              'audio/ogg': ['.ogg'], 'audio/flac': ['.flac'],
            },
          },
        ],
      } as never, // file_handlers is not in the plugin's manifest type yet
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // .vite/manifest.json: the api names a screen's lazy chunks in its HTML (api/src/http/pwa-preload.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // What the API's screens share (Apollo, graphql, the typed documents, small shared parts) in one
        // chunk beside connected.tsx's, not six small ones: a cold /login fetched seven files. None of it
        // may be in the entry (the home page loads no Apollo; `npm run pwa:size` would show it there). A
        // small shared module not listed here only becomes a small chunk of its own (one more request).
        codeSplitting: {
          groups: [{
            name: 'api-client',
            // Only these modules: their dependencies (React) stay where they are, in the entry.
            includeDependenciesRecursively: false,
            test: /node_modules\/((@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)\/|lucide-react\/dist\/esm\/icons\/(play|pause|folder-check)\.m?js)|\/src\/(graphql\/|errors\.ts|apollo\.ts|tasks\.ts|components\/Field\.tsx|pages\/NotFound\.tsx|player\/media-links\.ts|collection-cache\.ts)/,
          }],
        },
      },
    },
  },
  server: {
    port: 5173,
    // Same-origin in dev as in production (the API serves pwa/dist): no CORS, the media signatures work.
    proxy: {
      '/graphql': { target: API, ws: true, changeOrigin: true },
      '/api': { target: API, changeOrigin: true },
      '/media': { target: API, changeOrigin: true },
    },
  },
});
