export { importLibrary, POSE_SKIPPED_MESSAGE } from './import-library';
export type { LibraryImportOptions, LibraryImportSummary, ClipResult, ClipOutcome } from './import-library';
export { importedClipKey, renditionKey, renditionArgs, renditionFilter, detectContent, makeRendition, probeSource, sha256File, RENDITION, RENDITION_SIZES, RENDITION_VERSION, type RenditionSize, type ContentBox } from './rendition';
export { readableMoveName, type ReadableName } from './names';
export { readMoveRow, upsertImportedMove } from './store';
export type { ImportedMove, ImportedMotion, ImportFingerprint, ImportedRow } from './store';
