/**
 * "Describe the dance you want": a dancer's request in their own words (English or Spanish) → the
 * generation options, a song when none is named, and moves to prefer or avoid, each with a short
 * reason so the PWA can show what was understood before generating.
 *
 * Pure and offline: a small lexicon of cue phrases per option, a negation rule ("not too fast",
 * "sin giros": a negative cue at most a few words before the mention flips it), and a song choice by
 * title/artist words, tempo and energy. An optional language model (in the api) must answer the same
 * shape and passes `validateDescription`, so neither can hand the job something it cannot use.
 */
import { MOVE_FAMILIES, MOVE_FAMILY_NAMES, toMoveFamily, type MoveFamily } from './describe-moves';
import { DIFFICULTIES, ENERGY_LEVELS, ENERGY_VALUE, STYLES, toDifficulty, toEnergyLevel, toStyle, type Difficulty, type EnergyLevel, type Style } from './vocabulary';

export type DescribeLanguage = 'en' | 'es';

/** A song the dancer may use: the shared library and their own uploads. */
export interface SongCandidate {
  id: string;
  title: string;
  artist: string;
  bpm: number | null;
  /** mean energy of the analysed song, 0..1; null when not analysed yet */
  energy: number | null;
  isUpload: boolean;
}

export interface DescribedChoice<T> {
  value: T;
  /** why, in the request's language */
  reason: string;
  /** true when the request said so; false for a default or an inference */
  fromRequest: boolean;
}

export interface ChoreographyDescription {
  language: DescribeLanguage;
  difficulty: DescribedChoice<Difficulty>;
  energy: DescribedChoice<EnergyLevel>;
  style: DescribedChoice<Style>;
  /** a song id from the candidates; null when there is none to choose from */
  song: DescribedChoice<string | null>;
  preferMoves: MoveFamily[];
  avoidMoves: MoveFamily[];
  movesReason: string;
}

export interface DescribeDefaults {
  difficulty?: Difficulty;
}

/** Longest request worth reading; longer text is cut here (the api refuses far longer input). */
export const MAX_DESCRIPTION_LENGTH = 500;

type Cue =
  | { kind: 'difficulty'; value: Difficulty }
  | { kind: 'energy'; value: EnergyLevel; tempo?: 'slow' | 'fast' }
  | { kind: 'style'; value: Style }
  | { kind: 'move'; value: MoveFamily }
  | { kind: 'neg' }
  | { kind: 'pos' };

/** Patterns on accent-free lower-case text. Where two overlap the longer one wins ("giros de cabeza" over "giros"). */
const LEXICON: Array<[RegExp, Cue]> = [
  // difficulty
  [/\b(beginners?|newbies?|novices?|first[- ]timers?|(my|our|a|the) first (class|time|dance|lesson)|new to (bachata|dancing|dance)|never danced|easy|easier|simple|simplest|basic level|entry[- ]level|starting out|just starting|starters?|principiantes?|novat[oa]s?|faciles|facil|sencill[oa]s?|empezando|iniciacion|nivel (basico|inicial|bajo)|primera (vez|clase)|recien empiez\w*|para empezar)\b/g, { kind: 'difficulty', value: 'beginner' }],
  [/\b(intermediates?|improvers?|some experience|medium level|mid[- ]level|intermedi[oa]s?|nivel (medio|intermedio)|algo de experiencia)\b/g, { kind: 'difficulty', value: 'intermediate' }],
  [/\b(advanced|experts?|experienced|pros|professionals?|challenging|challenge|difficult|hard|harder|complex|complicated|tricky|show ?off|avanzad[oa]s?|expert[oa]s?|dificiles|dificil|complicad[oa]s?|complej[oa]s?|desafiantes?|un reto|profesional(es)?|nivel alto)\b/g, { kind: 'difficulty', value: 'advanced' }],
  // energy (and tempo, for the song)
  [/\b(slow|slower|slowly|lent[oa]s?|despacio|pausad[oa]s?)\b/g, { kind: 'energy', value: 'low', tempo: 'slow' }],
  [/\b(calm|chill|chilled|relaxed|relaxing|gentle|soft|quiet|mellow|laid[- ]back|peaceful|low[- ]energy|tranquil[oa]s?|tranquilit[oa]|suaves?|calmad[oa]s?|relajad[oa]s?|relajante|baja energia|poca energia)\b/g, { kind: 'energy', value: 'low' }],
  [/\b(fast|faster|quick|rapid[oa]s?|rapidit[oa])\b/g, { kind: 'energy', value: 'high', tempo: 'fast' }],
  [/\b(energetic|upbeat|lively|high[- ]energy|party|intense|powerful|explosive|wild|energic[oa]s?|movid[oa]s?|movidit[oa]|animad[oa]s?|fiesta|fiester[oa]|intens[oa]s?|potentes?|explosiv[oa]s?|mucha energia|alta energia|con energia)\b/g, { kind: 'energy', value: 'high' }],
  [/\b(medium energy|moderate|moderately|mid[- ]tempo|medium tempo|steady|energia media|moderad[oa]s?|ritmo medio|tempo medio|ni muy rapid[oa] ni muy lent[oa]|not too fast,? not too slow|not too slow,? not too fast)\b/g, { kind: 'energy', value: 'medium' }],
  // style
  [/\b(romantic|romance|romantically|tender|sweet|traditional|classic|love song|in love|romantic[oa]s?|romanticon[a]?|amor|enamorad[oa]s?|tiern[oa]s?|dulces?|tradicional(es)?|clasic[oa]s?)\b/g, { kind: 'style', value: 'romantic' }],
  [/\b(sensual|sensuality|sexy|sultry|intimate|seductive|close embrace|sensuales|sensualidad|intim[oa]s?|seductor[a]?|pegadit[oa]s?|provocativ[oa]s?)\b/g, { kind: 'style', value: 'sensual' }],
  [/\b(dynamic|modern|dominican|athletic|dinamic[oa]s?|modern[oa]s?|dominican[oa]s?)\b/g, { kind: 'style', value: 'energetic' }],
  [/\b(playful|fun|funny|cheerful|happy|joyful|flirty|cheeky|lighthearted|light[- ]hearted|divertid[oa]s?|jugueton(a|es)?|alegres?|coquet[oa]s?|chistos[oa]s?)\b/g, { kind: 'style', value: 'playful' }],
  // moves
  [/\b(body ?waves?|body ?rolls?|ondas? (de cuerpo|corporal(es)?)|ondulacion(es)?( de cuerpo| corporal(es)?)?)\b/g, { kind: 'move', value: 'body_wave' }],
  [/\b(hip ?rolls?|hip movements?|hip ?circles?|hips|movimientos? de caderas?|caderas?)\b/g, { kind: 'move', value: 'hip_roll' }],
  [/\b(head ?rolls?|hair ?flips?|hair ?whips?|head movements?|giros? de cabeza|movimientos? de cabeza)\b/g, { kind: 'move', value: 'head_roll' }],
  [/\b(turns?|turning|lady'?s turns?|ladies'? turns?|vueltas?|vueltitas?|giros?)\b/g, { kind: 'move', value: 'turn' }],
  [/\b(spins?|spinning|pirouettes?|piruetas?)\b/g, { kind: 'move', value: 'spin' }],
  [/\b(dips?|drops?|caidas?)\b/g, { kind: 'move', value: 'dip' }],
  [/\b(shadow( position)?|sombras?|posicion de sombra)\b/g, { kind: 'move', value: 'shadow' }],
  [/\b(hammer ?locks?|candados?|llaves? de brazo)\b/g, { kind: 'move', value: 'hammerlock' }],
  [/\b(cross[- ]?body( leads?)?|cbls?)\b/g, { kind: 'move', value: 'cross_body_lead' }],
  [/\b(footwork|foot ?work|shines?|juegos? de pies|trabajo de pies|pasos de pies|zapateo)\b/g, { kind: 'move', value: 'footwork' }],
  [/\b(golpes?|stomps?)\b/g, { kind: 'move', value: 'golpes' }],
  [/\b(boleros?)\b/g, { kind: 'move', value: 'bolero' }],
  [/\b(arm styling|arm styles?|styling|estilo de brazos|brazos)\b/g, { kind: 'move', value: 'arm_styling' }],
  [/\b(basics?|basic steps?|pasos? basicos?|basicos?)\b/g, { kind: 'move', value: 'basic' }],
  // negative and positive cues (what they say about the mention after them)
  [/\b(without (many|much|lots of|a lot of)|sin much[oa]s|sin tant[oa]s|no|not|nothing|without|never|none|avoid|avoiding|skip|less|fewer|few|hate|dont|don't|do not|not too many|not many|not so many|no more|instead of|except|sin|nada( de)?|ni|nunca|evit[ae]\w*|menos|pocos|pocas|odio|no tantos|no tantas|no quiero|excepto|salvo)\b/g, { kind: 'neg' }],
  [/\b(lots of|a lot of|plenty of|loads of|many|more|with|include|including|love|loves|want|wants|focus on|heavy on|full of|some|con|much[oa]s?|bastantes?|incluye|incluir|quiero|me encanta\w*|algun[oa]s?|algo de|llen[oa] de|mas)\b/g, { kind: 'pos' }],
];

/** Words between a cue and its mention that do not break the link ("not TOO fast", "sin MUCHAS vueltas"). */
const FILLER = new Set(['too', 'very', 'so', 'any', 'the', 'a', 'an', 'overly', 'that', 'muy', 'tan', 'demasiado', 'demasiada', 'demasiados', 'demasiadas', 'las', 'los', 'el', 'la', 'un', 'una', 'de', 'of', 'really', 'super']);
/** What may stand between two mentions of one list. */
const LIST_GLUE = /^(?:[\s,]|\b(?:or|and|nor|o|u|y|e|ni|too|tampoco)\b)*$/;
/** A cue this many words (besides fillers) before a mention or nearer governs it. */
const CUE_REACH = 3;

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'for', 'with', 'without', 'to', 'of', 'in', 'on', 'at', 'by', 'my', 'our', 'me', 'i', 'we', 'you', 'it', 'is', 'be',
  'some', 'something', 'dance', 'dancing', 'song', 'songs', 'music', 'track', 'bachata', 'bachatas', 'choreography', 'routine', 'please', 'want', 'like', 'would',
  'make', 'give', 'need', 'lots', 'lot', 'too', 'very', 'not', 'no', 'but', 'that', 'this', 'class', 'students', 'couple', 'partner', 'bpm', 'moves', 'move', 'figures',
  'y', 'o', 'para', 'con', 'sin', 'de', 'del', 'la', 'el', 'los', 'las', 'un', 'una', 'unos', 'unas', 'que', 'algo', 'muy', 'mas', 'mi', 'mis', 'por', 'en', 'al',
  'baile', 'bailar', 'cancion', 'canciones', 'musica', 'coreografia', 'quiero', 'dame', 'haz', 'hazme', 'pero', 'es', 'nos', 'pasos', 'figuras', 'clase', 'alumnos', 'pareja',
]);

const SPANISH_MARKERS = /\b(y|para|con|sin|algo|muy|una|unos|unas|que|del|las|los|pero|quiero|principiantes?|cancion|baile|mucha|muchas|muchos|nada|lent[oa]|rapid[oa]|tranquil[oa]|romantic[oa]|vueltas?|giros?|ni|nivel|mas)\b/g;
const ENGLISH_MARKERS = /\b(the|a|an|for|with|and|some|not|lots|of|too|slow|fast|beginners?|song|dance|without|please|want|no more|many|something|calm|romantic|turns?|spins?)\b/g;

const TEXT = {
  en: {
    defaultDifficulty: (d: Difficulty) => `not mentioned: your default level (${d})`,
    defaultEnergy: 'not mentioned: medium energy',
    energyFromStyle: (s: Style, e: EnergyLevel) => `not mentioned: ${e} energy suits a ${s} dance`,
    styleFromEnergy: (e: EnergyLevel, s: Style) => `not mentioned: ${s} suits ${e} energy`,
    defaultStyle: 'not mentioned: romantic, the classic bachata feel',
    bothTempi: 'neither too fast nor too slow → medium energy',
    said: (words: string[], value: string) => `${words.map((w) => `“${w}”`).join(', ')} → ${value}`,
    negated: (words: string[], value: string) => `${words.map((w) => `“${w}”`).join(', ')} (negated) → ${value}`,
    named: (words: string[], title: string, artist: string) => `${words.map((w) => `“${w}”`).join(', ')} matches “${title}”${artist ? ` by ${artist}` : ''}`,
    picked: (title: string, bpm: number | null, why: string) => `no song named: “${title}”${bpm ? ` (${bpm} BPM)` : ''} fits ${why}`,
    bpmWish: (bpm: number) => `${bpm} BPM`,
    tempoWish: { slow: 'a slower tempo', fast: 'a faster tempo' },
    energyWish: (e: EnergyLevel) => `${e} energy`,
    noSongs: 'no songs available yet: upload one or pick from the library',
    moves: (prefer: string[], avoid: string[]) => [prefer.length ? `more ${prefer.join(', ')}` : '', avoid.length ? `no ${avoid.join(', ')}` : ''].filter(Boolean).join('; '),
    noMoves: 'no moves mentioned: the planner chooses freely',
  },
  es: {
    defaultDifficulty: (d: Difficulty) => `no lo dijiste: tu nivel por defecto (${d})`,
    defaultEnergy: 'no lo dijiste: energía media',
    energyFromStyle: (s: Style, e: EnergyLevel) => `no lo dijiste: energía ${e} va con un baile ${s}`,
    styleFromEnergy: (e: EnergyLevel, s: Style) => `no lo dijiste: ${s} va con energía ${e}`,
    defaultStyle: 'no lo dijiste: romántico, el estilo clásico de la bachata',
    bothTempi: 'ni muy rápido ni muy lento → energía media',
    said: (words: string[], value: string) => `${words.map((w) => `“${w}”`).join(', ')} → ${value}`,
    negated: (words: string[], value: string) => `${words.map((w) => `“${w}”`).join(', ')} (negado) → ${value}`,
    named: (words: string[], title: string, artist: string) => `${words.map((w) => `“${w}”`).join(', ')} coincide con “${title}”${artist ? ` de ${artist}` : ''}`,
    picked: (title: string, bpm: number | null, why: string) => `sin canción nombrada: “${title}”${bpm ? ` (${bpm} BPM)` : ''} va con ${why}`,
    bpmWish: (bpm: number) => `${bpm} BPM`,
    tempoWish: { slow: 'un tempo más lento', fast: 'un tempo más rápido' },
    energyWish: (e: EnergyLevel) => `energía ${e}`,
    noSongs: 'todavía no hay canciones: sube una o elige de la biblioteca',
    moves: (prefer: string[], avoid: string[]) => [prefer.length ? `más ${prefer.join(', ')}` : '', avoid.length ? `sin ${avoid.join(', ')}` : ''].filter(Boolean).join('; '),
    noMoves: 'no mencionaste figuras: el planificador elige libremente',
  },
} as const;

/** Lower case, accents off (ñ → n), apostrophes kept, everything else a space. */
export function normaliseRequest(text: string): string {
  return text.slice(0, MAX_DESCRIPTION_LENGTH).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’`]/g, "'").replace(/[^a-z0-9',.;:!?¡¿\s-]/g, ' ');
}

export function detectLanguage(normalised: string): DescribeLanguage {
  const es = normalised.match(SPANISH_MARKERS)?.length ?? 0;
  const en = normalised.match(ENGLISH_MARKERS)?.length ?? 0;
  return es > en ? 'es' : 'en';
}

interface Hit { cue: Cue; start: number; end: number; text: string; clause: number }

function findHits(text: string): Hit[] {
  // Clauses end at sentence punctuation and at "but"/"pero": a "no" does not reach past them.
  const clauseAt: number[] = new Array(text.length + 1).fill(0);
  let clause = 0;
  const breaks = [...text.matchAll(/[.;!?¡¿]+|\b(but|pero|though|although|aunque|however|sino)\b/g)].map((m) => m.index);
  for (let i = 0, b = 0; i <= text.length; i++) {
    while (b < breaks.length && breaks[b] <= i) { clause++; b++; }
    clauseAt[i] = clause;
  }
  const all: Hit[] = [];
  for (const [re, cue] of LEXICON) {
    for (const m of text.matchAll(re)) all.push({ cue, start: m.index, end: m.index + m[0].length, text: m[0], clause: clauseAt[m.index] });
  }
  // Longest first; a hit inside a longer one is dropped.
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** Words (not fillers) between two offsets. */
function wordsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split(/[^a-z0-9']+/).filter((w) => w && !FILLER.has(w)).length;
}

/** Whether the mention is negated: the nearest cue before it in its clause, within reach, is negative. */
function isNegated(text: string, hits: Hit[], i: number): boolean {
  const h = hits[i];
  for (let k = i - 1; k >= 0; k--) {
    const c = hits[k];
    if (c.clause !== h.clause) return false;
    if (wordsBetween(text, c.end, h.start) > CUE_REACH) return false;
    if (c.cue.kind === 'neg') return true;
    if (c.cue.kind === 'pos') return false;
    // A list carries its cue ("no spins or dips", "sin vueltas, caídas ni piruetas"); anything else
    // in between, or a mention of another kind, ends its reach ("not for beginners, something hard").
    if (c.cue.kind !== h.cue.kind || !LIST_GLUE.test(text.slice(c.end, h.start))) return false;
  }
  return false;
}

interface Found<T> { value: T; words: string[]; negated: boolean }

function tokens(s: string): string[] {
  return normaliseRequest(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

/** The song the request names by title or artist words, if any. */
function namedSong(text: string, hits: Hit[], songs: readonly SongCandidate[]): { song: SongCandidate; words: string[] } | null {
  // Words that were read as options are not song words ("romantic" in "Romantic Night").
  let free = text;
  for (const h of hits) free = free.slice(0, h.start) + ' '.repeat(h.end - h.start) + free.slice(h.end);
  const asked = new Set(tokens(free));
  if (asked.size === 0) return null;
  let best: { song: SongCandidate; words: string[]; score: number } | null = null;
  for (const song of songs) {
    const own = new Set([...tokens(song.title), ...tokens(song.artist)]);
    const words = [...asked].filter((w) => own.has(w));
    if (words.length === 0) continue;
    const score = words.length + (song.isUpload ? 0.5 : 0);
    if (!best || score > best.score) best = { song, words, score };
  }
  return best ? { song: best.song, words: best.words } : null;
}

const TEMPO_BPM = { slow: 116, fast: 140 } as const;
const ENERGY_BPM: Record<EnergyLevel, number> = { low: 120, medium: 128, high: 136 };

/** The song that fits the wished tempo and energy best (uploads win ties: the dancer brought them). */
function songFor(songs: readonly SongCandidate[], energy: EnergyLevel, targetBpm: number): SongCandidate | null {
  let best: { song: SongCandidate; score: number } | null = null;
  for (const song of songs) {
    let score = song.bpm ? -Math.abs(song.bpm - targetBpm) / 8 : -3;
    if (song.energy != null) score -= 2 * Math.abs(song.energy - ENERGY_VALUE[energy]);
    if (song.isUpload) score += 0.1;
    if (!best || score > best.score) best = { song, score };
  }
  return best?.song ?? null;
}

export function describeChoreography(request: string, songs: readonly SongCandidate[], defaults: DescribeDefaults = {}): ChoreographyDescription {
  const text = normaliseRequest(request);
  const language = detectLanguage(text);
  const t = TEXT[language];
  const hits = findHits(text);

  const difficulty: Array<Found<Difficulty>> = [];
  const energy: Array<Found<EnergyLevel> & { tempo?: 'slow' | 'fast' }> = [];
  const style: Array<Found<Style>> = [];
  const prefer: MoveFamily[] = [];
  const avoid: MoveFamily[] = [];
  let bpm: number | null = null;
  hits.forEach((h, i) => {
    const negated = isNegated(text, hits, i);
    const c = h.cue;
    if (c.kind === 'difficulty') difficulty.push({ value: c.value, words: [h.text], negated });
    else if (c.kind === 'energy') energy.push({ value: c.value, words: [h.text], negated, tempo: c.tempo });
    else if (c.kind === 'style') style.push({ value: c.value, words: [h.text], negated });
    else if (c.kind === 'move') {
      const into = negated ? avoid : prefer;
      const other = negated ? prefer : avoid;
      if (!into.includes(c.value) && !other.includes(c.value)) into.push(c.value);
    }
  });
  const bpmMatch = /\b(\d{2,3}) ?(bpm|beats per minute|pulsaciones|ppm)\b/.exec(text);
  if (bpmMatch && Number(bpmMatch[1]) >= 60 && Number(bpmMatch[1]) <= 220) bpm = Number(bpmMatch[1]);

  // Difficulty: a plain mention wins; "not for beginners" / "nothing too hard" point to the middle.
  let difficultyChoice: DescribedChoice<Difficulty>;
  const saidDifficulty = difficulty.filter((d) => !d.negated);
  const negDifficulty = difficulty.filter((d) => d.negated);
  if (saidDifficulty.length) {
    const v = saidDifficulty[0].value;
    difficultyChoice = { value: v, reason: t.said(saidDifficulty.filter((d) => d.value === v).map((d) => d.words[0]), v), fromRequest: true };
  } else if (negDifficulty.length) {
    const v: Difficulty = negDifficulty[0].value === 'advanced' && negDifficulty.every((d) => d.value === 'advanced') ? 'beginner' : 'intermediate';
    difficultyChoice = { value: v, reason: t.negated(negDifficulty.map((d) => d.words[0]), v), fromRequest: true };
  } else {
    const v = defaults.difficulty ?? 'beginner';
    difficultyChoice = { value: v, reason: t.defaultDifficulty(v), fromRequest: false };
  }

  // Style before energy: an unmentioned energy follows the style.
  let styleChoice: DescribedChoice<Style> | null = null;
  const saidStyle = style.filter((s) => !s.negated);
  if (saidStyle.length) {
    const v = saidStyle[0].value;
    styleChoice = { value: v, reason: t.said(saidStyle.filter((s) => s.value === v).map((s) => s.words[0]), v), fromRequest: true };
  }

  let energyChoice: DescribedChoice<EnergyLevel>;
  let tempo: 'slow' | 'fast' | null = null;
  const saidEnergy = energy.filter((e) => !e.negated);
  const negEnergy = energy.filter((e) => e.negated);
  const negHigh = negEnergy.some((e) => e.value === 'high');
  const negLow = negEnergy.some((e) => e.value === 'low');
  if (saidEnergy.length) {
    // "calm but lively" → the first one said; the tempo word, if any, steers the song.
    const v = saidEnergy[0].value;
    energyChoice = { value: v, reason: t.said(saidEnergy.filter((e) => e.value === v).map((e) => e.words[0]), v), fromRequest: true };
    tempo = saidEnergy.find((e) => e.tempo)?.tempo ?? (negHigh ? 'slow' : null);
  } else if (negHigh && negLow) {
    energyChoice = { value: 'medium', reason: t.bothTempi, fromRequest: true };
  } else if (negHigh || negLow) {
    const v: EnergyLevel = negHigh ? 'low' : 'medium';
    energyChoice = { value: v, reason: t.negated(negEnergy.map((e) => e.words[0]), v), fromRequest: true };
    if (negEnergy.some((e) => e.tempo)) tempo = negHigh ? 'slow' : 'fast';
  } else if (styleChoice) {
    const v: EnergyLevel = styleChoice.value === 'energetic' ? 'high' : styleChoice.value === 'playful' ? 'medium' : 'low';
    energyChoice = { value: v, reason: t.energyFromStyle(styleChoice.value, v), fromRequest: false };
  } else {
    energyChoice = { value: 'medium', reason: t.defaultEnergy, fromRequest: false };
  }
  if (!styleChoice) {
    const e = energyChoice;
    styleChoice = e.fromRequest && e.value !== 'medium'
      ? { value: e.value === 'high' ? 'energetic' : 'romantic', reason: t.styleFromEnergy(e.value, e.value === 'high' ? 'energetic' : 'romantic'), fromRequest: false }
      : { value: 'romantic', reason: t.defaultStyle, fromRequest: false };
  }

  let songChoice: DescribedChoice<string | null>;
  const named = namedSong(text, hits, songs);
  if (named) {
    songChoice = { value: named.song.id, reason: t.named(named.words, named.song.title, named.song.artist), fromRequest: true };
  } else {
    const target = bpm ?? (tempo ? TEMPO_BPM[tempo] : ENERGY_BPM[energyChoice.value]);
    const song = songFor(songs, energyChoice.value, target);
    const why = bpm ? t.bpmWish(bpm) : tempo ? `${t.tempoWish[tempo]}, ${t.energyWish(energyChoice.value)}` : t.energyWish(energyChoice.value);
    songChoice = song ? { value: song.id, reason: t.picked(song.title, song.bpm, why), fromRequest: false } : { value: null, reason: t.noSongs, fromRequest: false };
  }

  const names = (fs: MoveFamily[]) => fs.map((f) => MOVE_FAMILY_NAMES[f][language]);
  return {
    language,
    difficulty: difficultyChoice,
    energy: energyChoice,
    style: styleChoice,
    song: songChoice,
    preferMoves: prefer,
    avoidMoves: avoid,
    movesReason: prefer.length || avoid.length ? t.moves(names(prefer), names(avoid)) : t.noMoves,
  };
}

function reasonOf(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const s = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return s ? s.slice(0, 200) : null;
}

function choiceOf<T extends string>(raw: unknown, read: (v: string) => T | undefined): DescribedChoice<T> | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const value = typeof r.value === 'string' ? read(r.value) : undefined;
  const reason = reasonOf(r.reason);
  if (!value || !reason) return null;
  return { value, reason, fromRequest: r.fromRequest !== false };
}

/**
 * Checks an answer from outside the project (a language model) against the same shape and
 * vocabularies: every option known, the song one of the dancer's candidates, the moves known
 * families. Anything else → null, and the offline interpreter answers instead.
 */
export function validateDescription(raw: unknown, songs: readonly SongCandidate[]): ChoreographyDescription | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const language: DescribeLanguage = r.language === 'es' ? 'es' : 'en';
  const difficulty = choiceOf(r.difficulty, toDifficulty);
  const energy = choiceOf(r.energy, toEnergyLevel);
  const style = choiceOf(r.style, toStyle);
  if (!difficulty || !energy || !style) return null;
  const rawSong = r.song as Record<string, unknown> | null | undefined;
  let song: DescribedChoice<string | null>;
  if (rawSong && typeof rawSong === 'object' && rawSong.value != null) {
    const id = String(rawSong.value);
    const reason = reasonOf(rawSong.reason);
    if (!songs.some((s) => s.id === id) || !reason) return null;
    song = { value: id, reason, fromRequest: rawSong.fromRequest === true };
  } else {
    if (songs.length > 0) return null; // a model that picks no song when there are songs did not do the job
    song = { value: null, reason: TEXT[language].noSongs, fromRequest: false };
  }
  const families = (v: unknown): MoveFamily[] | null => {
    if (v == null) return [];
    if (!Array.isArray(v) || v.length > MOVE_FAMILIES.length) return null;
    const out: MoveFamily[] = [];
    for (const x of v) {
      const f = typeof x === 'string' ? toMoveFamily(x) : undefined;
      if (!f) return null;
      if (!out.includes(f)) out.push(f);
    }
    return out;
  };
  const preferMoves = families(r.preferMoves);
  const avoidMoves = families(r.avoidMoves);
  if (!preferMoves || !avoidMoves || preferMoves.some((f) => avoidMoves.includes(f))) return null;
  const movesReason = reasonOf(r.movesReason) ?? TEXT[language].noMoves;
  return { language, difficulty, energy, style, song, preferMoves, avoidMoves, movesReason };
}

/** The vocabularies a language model must answer in (for its instructions). */
export const DESCRIBE_VOCABULARY = { difficulties: DIFFICULTIES, energies: ENERGY_LEVELS, styles: STYLES, moveFamilies: MOVE_FAMILIES } as const;
