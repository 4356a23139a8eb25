export { prepareRender, renderChoreography, renderTempFiles, RENDER_SIZES, RENDER_FPS, VIDEO_FILE, POSTER_FILE, type RenderChoreographyOptions, type RenderChoreographyResult, type RenderSize, type RenderedSegment } from './choreography';
export { planSegments, type Segment } from './segments';
export { RenderError, RenderAbortedError, runFfmpeg, ffprobe, mediaDuration } from '../media/ffmpeg';
