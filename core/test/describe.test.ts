import { describeChoreography, detectLanguage, isMoveOfFamily, normaliseRequest, validateDescription, type SongCandidate } from '../src';

/** The three demo songs (118 / 128 / 138 BPM) and one upload of the dancer's own. */
const SONGS: SongCandidate[] = [
  { id: '1', title: 'Luna de Santiago', artist: 'Bachata Buddy', bpm: 118, energy: 0.3, isUpload: false },
  { id: '2', title: 'Güira y Bongó', artist: 'Bachata Buddy', bpm: 128, energy: 0.5, isUpload: false },
  { id: '3', title: 'Noche en la Capital', artist: 'Bachata Buddy', bpm: 138, energy: 0.8, isUpload: false },
  { id: '9', title: 'Propuesta Indecente', artist: 'Romeo Santos', bpm: 126, energy: null, isUpload: true },
];

type Row = [string, { lang?: 'en' | 'es'; difficulty?: string; energy?: string; style?: string; song?: string; prefer?: string[]; avoid?: string[] }];

// Each row says what must be understood; options a row leaves out are not checked for it.
const TABLE: Row[] = [
  ['a sensual bachata for beginners, not too fast, lots of body waves', { lang: 'en', difficulty: 'beginner', energy: 'low', style: 'sensual', song: '1', prefer: ['body_wave'], avoid: [] }],
  ['algo romántico y tranquilo para principiantes', { lang: 'es', difficulty: 'beginner', energy: 'low', style: 'romantic', song: '1' }],
  ['an energetic routine for advanced dancers with spins', { lang: 'en', difficulty: 'advanced', energy: 'high', style: 'energetic', song: '3', prefer: ['spin'] }],
  ['something playful and fun, intermediate level', { difficulty: 'intermediate', style: 'playful' }],
  ['a slow romantic dance, no dips', { energy: 'low', style: 'romantic', avoid: ['dip'], song: '1' }],
  ['fast and fun for my first class', { difficulty: 'beginner', energy: 'high', style: 'playful', song: '3' }],
  ['sensual with hip rolls and head rolls, no spins', { style: 'sensual', prefer: ['hip_roll', 'head_roll'], avoid: ['spin'] }],
  ['easy steps, no turns please', { difficulty: 'beginner', avoid: ['turn'] }],
  ['not for beginners, something challenging', { difficulty: 'advanced' }],
  ['nothing too difficult', { difficulty: 'beginner' }],
  ['not too advanced', { difficulty: 'beginner' }],
  ['a party bachata with lots of footwork', { energy: 'high', prefer: ['footwork'] }],
  ['dominican style with golpes and footwork', { style: 'energetic', prefer: ['golpes', 'footwork'] }],
  ['calm and intimate, with shadow position', { energy: 'low', style: 'sensual', prefer: ['shadow'] }],
  ['chill vibes, more body waves, fewer turns', { energy: 'low', prefer: ['body_wave'], avoid: ['turn'] }],
  ['no spins or dips, keep it simple', { difficulty: 'beginner', avoid: ['spin', 'dip'] }],
  ['without hammerlocks', { avoid: ['hammerlock'], prefer: [] }],
  ['lots of cross body leads for intermediate students', { difficulty: 'intermediate', prefer: ['cross_body_lead'] }],
  ['upbeat and cheerful', { energy: 'high', style: 'playful' }],
  ['a tender love song dance for a wedding', { style: 'romantic' }],
  ['sexy and sultry but not too slow', { style: 'sensual', energy: 'medium' }],
  ['not too fast, not too slow', { energy: 'medium' }],
  ['medium energy, modern style', { energy: 'medium', style: 'energetic' }],
  ['a 120 bpm song for beginners', { difficulty: 'beginner', song: '1' }],
  ['something around 140 bpm', { song: '3' }],
  ['use my Propuesta Indecente upload', { song: '9' }],
  ['a dance to Romeo Santos, sensual', { song: '9', style: 'sensual' }],
  ['to Noche en la Capital, energetic', { song: '3', energy: 'high' }],
  ['hard choreography with dips, spins and turns', { difficulty: 'advanced', prefer: ['dip', 'spin', 'turn'] }],
  ['basic steps only for absolute beginners', { difficulty: 'beginner', prefer: ['basic'] }],
  ['I hate spins', { avoid: ['spin'] }],
  ['arm styling and bolero, romantic', { style: 'romantic', prefer: ['arm_styling', 'bolero'] }],
  ['quick tempo, lively, with some turns', { energy: 'high', prefer: ['turn'], song: '3' }],
  ['a gentle dance for seniors, no dips, no spins', { energy: 'low', avoid: ['dip', 'spin'] }],
  ['expert level, intense, lots of head rolls', { difficulty: 'advanced', energy: 'high', prefer: ['head_roll'] }],
  ['romantic', { style: 'romantic', energy: 'low', difficulty: 'beginner' }],
  ['', { lang: 'en', difficulty: 'beginner', energy: 'medium', style: 'romantic', song: '2', prefer: [], avoid: [] }],
  // Spanish
  ['una bachata sensual para principiantes, no muy rápida, con muchas ondas de cuerpo', { lang: 'es', difficulty: 'beginner', energy: 'low', style: 'sensual', prefer: ['body_wave'] }],
  ['algo movido y divertido para nivel intermedio', { lang: 'es', difficulty: 'intermediate', energy: 'high', style: 'playful' }],
  ['quiero una coreografía avanzada con giros y caídas', { lang: 'es', difficulty: 'advanced', prefer: ['turn', 'dip'] }],
  ['sin vueltas ni piruetas, algo suave', { lang: 'es', energy: 'low', avoid: ['turn', 'spin'] }],
  ['lento y romántico, con movimientos de cadera', { lang: 'es', energy: 'low', style: 'romantic', prefer: ['hip_roll'], song: '1' }],
  ['bachata dominicana con mucho juego de pies', { lang: 'es', style: 'energetic', prefer: ['footwork'] }],
  ['algo rápido y enérgico para expertos', { lang: 'es', difficulty: 'advanced', energy: 'high', song: '3' }],
  ['para mi primera clase, fácil y tranquilo', { lang: 'es', difficulty: 'beginner', energy: 'low' }],
  ['nada muy difícil, por favor', { lang: 'es', difficulty: 'beginner' }],
  ['no para principiantes', { lang: 'es', difficulty: 'intermediate' }],
  ['sensual y pegadito, con giros de cabeza', { lang: 'es', style: 'sensual', prefer: ['head_roll'], avoid: [] }],
  ['con posición de sombra y sin candados', { lang: 'es', prefer: ['shadow'], avoid: ['hammerlock'] }],
  ['ni muy rápido ni muy lento', { lang: 'es', energy: 'medium' }],
  ['una bachata alegre y coqueta', { lang: 'es', style: 'playful' }],
  ['algo íntimo y relajado', { lang: 'es', style: 'sensual', energy: 'low' }],
  ['bachata moderna con golpes, nivel alto', { lang: 'es', style: 'energetic', difficulty: 'advanced', prefer: ['golpes'] }],
  ['pasos básicos para novatos', { lang: 'es', difficulty: 'beginner', prefer: ['basic'] }],
  ['evitar las caídas, me encantan las vueltas', { lang: 'es', avoid: ['dip'], prefer: ['turn'] }],
  ['con Luna de Santiago, algo tierno', { lang: 'es', song: '1', style: 'romantic' }],
  ['una canción de 138 bpm para fiesta', { lang: 'es', song: '3', energy: 'high' }],
  ['romántica pero sin muchas vueltas', { lang: 'es', style: 'romantic', avoid: ['turn'] }],
  ['clase intermedia con cross body y estilo de brazos', { lang: 'es', difficulty: 'intermediate', prefer: ['cross_body_lead', 'arm_styling'] }],
  ['algo clásico y calmado, sin ondulaciones', { lang: 'es', style: 'romantic', energy: 'low', avoid: ['body_wave'] }],
  ['una bachata animada con piruetas para avanzados', { lang: 'es', energy: 'high', prefer: ['spin'], difficulty: 'advanced' }],
  ['tranquilita y dulce', { lang: 'es', energy: 'low', style: 'romantic' }],
  ['bailar con Propuesta Indecente de Romeo Santos', { lang: 'es', song: '9' }],
  ['ALGO ROMÁNTICO, NADA DE GIROS', { lang: 'es', style: 'romantic', avoid: ['turn'] }],
  ['baile sensual con bolero y caderas', { lang: 'es', style: 'sensual', prefer: ['bolero', 'hip_roll'] }],
];

describe('describeChoreography: the offline interpreter', () => {
  it('has a table of at least 60 phrasings in both languages', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
    expect(TABLE.filter(([, e]) => e.lang === 'es').length).toBeGreaterThanOrEqual(25);
  });

  it.each(TABLE)('%s', (text, want) => {
    const d = describeChoreography(text, SONGS);
    const got = {
      lang: d.language, difficulty: d.difficulty.value, energy: d.energy.value, style: d.style.value, song: d.song.value,
      prefer: d.preferMoves, avoid: d.avoidMoves,
    };
    const expected = Object.fromEntries(Object.entries({
      lang: want.lang, difficulty: want.difficulty, energy: want.energy, style: want.style, song: want.song,
      prefer: want.prefer && expect.arrayContaining(want.prefer), avoid: want.avoid && expect.arrayContaining(want.avoid),
    }).filter(([, v]) => v !== undefined));
    expect(got).toMatchObject(expected);
    if (want.prefer) expect(d.preferMoves).toHaveLength(want.prefer.length);
    if (want.avoid) expect(d.avoidMoves).toHaveLength(want.avoid.length);
    // Every option comes with a reason.
    for (const r of [d.difficulty.reason, d.energy.reason, d.style.reason, d.song.reason, d.movesReason]) expect(r.length).toBeGreaterThan(3);
  });

  it('says why in the request language, quoting the words it read', () => {
    const en = describeChoreography('a sensual bachata for beginners, not too fast, lots of body waves', SONGS);
    expect(en.difficulty).toEqual({ value: 'beginner', reason: '“beginners” → beginner', fromRequest: true });
    expect(en.energy.reason).toBe('“fast” (negated) → low');
    expect(en.song.reason).toMatch(/^no song named: “Luna de Santiago” \(118 BPM\) fits a slower tempo/);
    expect(en.movesReason).toBe('more body waves');
    const es = describeChoreography('algo romántico y tranquilo para principiantes', SONGS);
    expect(es.style.reason).toBe('“romantico” → romantic');
    expect(es.movesReason).toMatch(/^no mencionaste figuras/);
  });

  it('uses the dancer\'s default difficulty when the request has none, and says so', () => {
    const d = describeChoreography('something romantic', SONGS, { difficulty: 'intermediate' });
    expect(d.difficulty).toMatchObject({ value: 'intermediate', fromRequest: false });
    expect(d.difficulty.reason).toMatch(/default/);
  });

  it('answers with no song (and says why) when the dancer has none', () => {
    expect(describeChoreography('romantic', []).song).toMatchObject({ value: null, fromRequest: false });
  });

  it('reads hostile or huge input without throwing, bounded', () => {
    const d = describeChoreography('no '.repeat(100_000) + '<script>alert(1)</script> spins', SONGS);
    expect(d.difficulty.value).toBe('beginner');
    expect(normaliseRequest('x'.repeat(10_000)).length).toBe(500);
    expect(detectLanguage(normaliseRequest('¿Algo rápido?'))).toBe('es');
  });
});

describe('move families match every library\'s spelling', () => {
  it.each([
    ['bodywaves', 'body_wave'], ['body_wave', 'body_wave'], ['ladyturn', 'turn'], ['ladys_right_turn', 'turn'], ['leads_spin', 'spin'],
    ['hiprolls', 'hip_roll'], ['hip_roll', 'hip_roll'], ['headrolls', 'head_roll'], ['shadow_entry', 'shadow'], ['cross_body_lead', 'cross_body_lead'], ['arm_styling', 'arm_styling'],
  ] as const)('%s is %s', (label, family) => {
    expect(isMoveOfFamily({ label }, family)).toBe(true);
  });
  it('does not match other figures', () => {
    expect(isMoveOfFamily({ label: 'intro' }, 'turn')).toBe(false);
    expect(isMoveOfFamily({ label: 'bolero' }, 'body_wave')).toBe(false);
  });
});

describe('validateDescription (answers from a language model)', () => {
  const good = {
    language: 'en', difficulty: { value: 'beginner', reason: 'said beginners' }, energy: { value: 'low', reason: 'not too fast' },
    style: { value: 'sensual', reason: 'sensual' }, song: { value: '1', reason: 'slow song', fromRequest: false },
    preferMoves: ['body_wave'], avoidMoves: [], movesReason: 'body waves',
  };
  it('accepts a well-formed answer', () => {
    expect(validateDescription(good, SONGS)).toMatchObject({ difficulty: { value: 'beginner', fromRequest: true }, song: { value: '1' }, preferMoves: ['body_wave'] });
  });
  it.each([
    ['an unknown difficulty', { ...good, difficulty: { value: 'expert', reason: 'x' } }],
    ['a song that is not the dancer\'s', { ...good, song: { value: '77', reason: 'x' } }],
    ['an unknown move', { ...good, preferMoves: ['moonwalk'] }],
    ['a move both preferred and avoided', { ...good, avoidMoves: ['body_wave'] }],
    ['no reason', { ...good, style: { value: 'sensual' } }],
    ['no song when there are songs', { ...good, song: null }],
    ['not an object', 'beginner please'],
  ])('refuses %s', (_, raw) => {
    expect(validateDescription(raw, SONGS)).toBeNull();
  });
  it('cuts long reasons and strips control characters', () => {
    const v = validateDescription({ ...good, movesReason: 'a\u0000b' + 'x'.repeat(500) }, SONGS);
    expect(v?.movesReason.startsWith('a b')).toBe(true);
    expect(v?.movesReason.length).toBe(200);
  });
});
