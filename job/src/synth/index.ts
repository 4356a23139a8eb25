export { generateBachataTrack } from './track';
export type { BachataTrackOptions, BachataTrackTruth, SyntheticTrack, SyntheticSection } from './track';
export { writeWav, encodeWav } from './wav';
export { SYNTH_SAMPLE_RATE } from './instruments';
export { seededRandom } from './random';
export { accuracySet, robustnessSet } from './accuracySet';
export type { NamedTrackOptions } from './accuracySet';
