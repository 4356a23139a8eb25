/**
 * Burned-in captions for videos shared outside the app: the move's name at the bottom left for as long
 * as it is danced, and the count (1–8) at the bottom right on every beat of it. Written as an ASS
 * subtitle file for ffmpeg's libass `subtitles` filter (DejaVu Sans, outlined, readable on any clip).
 */
import type { TimelineEntry } from '@bachata/core';

const clock = (t: number) => {
  const cs = Math.max(0, Math.round(t * 100));
  const h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = Math.floor(cs / 100) % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;
};

/** Text as ASS shows it literally: no override blocks, no escapes, one line. */
const plain = (s: string) => s.replace(/[{}\\]/g, '').replace(/[\r\n]+/g, ' ').slice(0, 80);

export function captionsAss(timeline: TimelineEntry[], width: number, height: number): string {
  const size = Math.round(height / 14);
  const margin = Math.round(height / 24);
  const lines = [
    '[Script Info]', 'ScriptType: v4.00+', `PlayResX: ${width}`, `PlayResY: ${height}`, 'WrapStyle: 2', '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    `Style: Move,DejaVu Sans,${size},&H00FFFFFF,&H00FFFFFF,&H00000000,&H80000000,1,0,0,0,100,100,0,0,1,${Math.max(1, Math.round(size / 12))},0,1,${margin},${margin},${margin},1`,
    `Style: Count,DejaVu Sans,${Math.round(size * 1.6)},&H0000D7FF,&H0000D7FF,&H00000000,&H80000000,1,0,0,0,100,100,0,0,1,${Math.max(1, Math.round(size / 10))},0,3,${margin},${margin},${margin},1`,
    '', '[Events]', 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  ];
  for (const e of timeline) {
    if (e.hold || !(e.end > e.start)) continue;
    lines.push(`Dialogue: 0,${clock(e.start)},${clock(e.end)},Move,,0,0,0,,${plain(e.name)}`);
    const beat = (e.end - e.start) / Math.max(1, e.beats);
    for (let k = 0; k < e.beats; k++) {
      lines.push(`Dialogue: 0,${clock(e.start + k * beat)},${clock(e.start + (k + 1) * beat)},Count,,0,0,0,,${(k % 8) + 1}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
