export { importLibrary, POSE_SKIPPED_MESSAGE } from './import-library';
export type { LibraryImportOptions, LibraryImportSummary, ClipResult, ClipOutcome } from './import-library';
export { importedClipKey, renditionArgs, makeRendition, probeSource, sha256File, RENDITION, RENDITION_VERSION } from './rendition';
export { readMoveRow, upsertImportedMove } from './store';
export type { ImportedMove, ImportedMotion, ImportFingerprint, ImportedRow } from './store';
