/**
 * Print the analysis scores on a set of fluidsynth songs, for tuning:
 *   npx tsx job/test/music/score.ts tune      (or: report)
 */
import { analyzeSamples } from '../../src/analysis';
import { formatScoreTable, scoreTrack, type TrackScore } from '../../src/analysis/evaluation';
import { renderSongs, reportSet, tuneSet } from '.';

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'tune';
  const songs = await renderSongs(which === 'report' ? reportSet() : tuneSet());
  const scores: TrackScore[] = [];
  for (const s of songs) {
    try {
      scores.push(scoreTrack(s.spec.name, s.truth, analyzeSamples(s.samples, s.sampleRate)));
    } catch (e) {
      console.log(`${s.spec.name}: ${(e as Error).message}`);
    }
  }
  console.log(formatScoreTable(scores));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
