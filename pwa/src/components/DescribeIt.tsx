import { useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { MOVE_FAMILY_NAMES, type MoveFamily } from '@bachata/core/browser';
import { graphql } from '../graphql/generated';
import { GenerateDocument, SongsDocument } from '../graphql/documents';
import type { ChoreographyDescriptionFieldsFragment, Difficulty, EnergyLevel, MoveFamily as MoveFamilyValue, Style } from '../graphql/generated/graphql';
import { navigate } from '../router';
import { problemsOf } from '../errors';
import { DIFFICULTIES, ENERGY_LEVELS, STYLES, titleCase } from '../format';
import { useOnline } from '../pwa/offline';
import { ErrorList } from './Field';

export const DescriptionFields = graphql(`
  fragment ChoreographyDescriptionFields on ChoreographyDescription {
    language interpreter preferMoves avoidMoves movesReason
    difficulty { value reason fromRequest }
    energyLevel { value reason fromRequest }
    style { value reason fromRequest }
    song { reason fromRequest song { id title artist bpm } }
  }
`);

export const DescribeChoreographyDocument = graphql(`
  query DescribeChoreography($text: String!) { describeChoreography(text: $text) { ...ChoreographyDescriptionFields } }
`);

const moveName = (m: MoveFamilyValue, lang: string) => MOVE_FAMILY_NAMES[m.toLowerCase() as MoveFamily]?.[lang === 'es' ? 'es' : 'en'] ?? m;

/** The understood options, adjustable, then "Generate". */
function Confirm({ d }: { d: ChoreographyDescriptionFieldsFragment }) {
  const online = useOnline();
  const [difficulty, setDifficulty] = useState<Difficulty>(d.difficulty.value);
  const [energyLevel, setEnergy] = useState<EnergyLevel>(d.energyLevel.value);
  const [style, setStyle] = useState<Style>(d.style.value);
  const [songId, setSongId] = useState(d.song.song?.id ?? '');
  const [prefer, setPrefer] = useState<MoveFamilyValue[]>(d.preferMoves);
  const [avoid, setAvoid] = useState<MoveFamilyValue[]>(d.avoidMoves);
  const songs = useQuery(SongsDocument, { variables: { first: 50 } });
  const [generate, { loading }] = useMutation(GenerateDocument);
  const [problems, setProblems] = useState<string[]>([]);
  const choices = songs.data?.songs.edges.map((e) => e.node) ?? [];
  const picked = d.song.song;
  const options = picked && !choices.some((s) => s.id === picked.id) ? [{ id: picked.id, title: picked.title, bpm: picked.bpm }, ...choices] : choices;
  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (!songId) { setProblems(['Pick a song first.']); return; }
    try {
      const { data } = await generate({ variables: { input: { songId, difficulty, energyLevel, style, preferMoves: prefer, avoidMoves: avoid } } });
      if (data) navigate(`/tasks/${data.generateChoreography.id}`);
    } catch (err) { setProblems(problemsOf(err).map((p) => p.message)); }
  };
  const why = (reason: string, from: boolean) => <small className={`reason${from ? '' : ' muted'}`}>{reason}</small>;
  return (
    <form onSubmit={start} aria-label="Understood options" className="described">
      <p className="muted small" role="status">Understood{d.interpreter === 'language-model' ? ' (language model)' : ''}: check and adjust, then generate.</p>
      <div className="field"><label htmlFor="dx-song">Song</label>
        <select id="dx-song" value={songId} onChange={(e) => setSongId(e.target.value)}>
          {!songId && <option value="">Choose a song</option>}
          {options.map((s) => <option key={s.id} value={s.id}>{s.title}{s.bpm ? ` · ${s.bpm} BPM` : ''}</option>)}
        </select>{why(d.song.reason, d.song.fromRequest)}</div>
      <div className="row">
        <div className="field"><label htmlFor="dx-difficulty">Difficulty</label>
          <select id="dx-difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>{DIFFICULTIES.map((v) => <option key={v} value={v}>{titleCase(v)}</option>)}</select>
          {why(d.difficulty.reason, d.difficulty.fromRequest)}</div>
        <div className="field"><label htmlFor="dx-energy">Energy</label>
          <select id="dx-energy" value={energyLevel} onChange={(e) => setEnergy(e.target.value as EnergyLevel)}>{ENERGY_LEVELS.map((v) => <option key={v} value={v}>{titleCase(v)}</option>)}</select>
          {why(d.energyLevel.reason, d.energyLevel.fromRequest)}</div>
        <div className="field"><label htmlFor="dx-style">Style</label>
          <select id="dx-style" value={style} onChange={(e) => setStyle(e.target.value as Style)}>{STYLES.map((v) => <option key={v} value={v}>{titleCase(v)}</option>)}</select>
          {why(d.style.reason, d.style.fromRequest)}</div>
      </div>
      <div className="field" role="group" aria-labelledby="dx-moves">
        <span id="dx-moves" className="label">Moves</span>
        <ul className="chips">
          {prefer.map((m) => <li key={`p-${m}`}><button type="button" className="chip prefer" onClick={() => setPrefer(prefer.filter((x) => x !== m))} aria-label={`Stop preferring ${moveName(m, d.language)}`}>+ {moveName(m, d.language)} ×</button></li>)}
          {avoid.map((m) => <li key={`a-${m}`}><button type="button" className="chip avoid" onClick={() => setAvoid(avoid.filter((x) => x !== m))} aria-label={`Stop avoiding ${moveName(m, d.language)}`}>− {moveName(m, d.language)} ×</button></li>)}
          {prefer.length + avoid.length === 0 && <li className="muted small">Any</li>}
        </ul>
        {why(d.movesReason, prefer.length + avoid.length > 0)}
      </div>
      <ErrorList messages={problems} />
      <button className="btn primary wide" type="submit" disabled={loading || !online}>{online ? (loading ? 'Starting…' : 'Generate this') : 'Generating needs a connection'}</button>
    </form>
  );
}

/** "Describe it": the dance in the dancer's own words (English or Spanish) instead of picking options. */
export function DescribeIt() {
  const online = useOnline();
  const [text, setText] = useState('');
  const [describe, { data, loading, error }] = useLazyQuery(DescribeChoreographyDocument, { fetchPolicy: 'network-only' });
  const [asked, setAsked] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked(text);
    void describe({ variables: { text } }).catch(() => undefined);
  };
  const d = data?.describeChoreography;
  return (
    <section className="card describe" aria-labelledby="describe-heading">
      <h2 id="describe-heading">Describe it</h2>
      <form onSubmit={submit} aria-label="Describe the dance">
        <div className="field">
          <label htmlFor="describe-text">The dance you want, in your own words</label>
          <textarea id="describe-text" rows={2} maxLength={500} value={text} onChange={(e) => setText(e.target.value)}
            placeholder="a sensual bachata for beginners, not too fast, lots of body waves" />
          <small className="hint">English or Spanish: level, feel, tempo, a song, moves you want or not.</small>
        </div>
        <button className="btn" type="submit" disabled={loading || !online || !text.trim()}>{loading ? 'Reading…' : 'Understand'}</button>
      </form>
      {error && <p className="error" role="alert">{problemsOf(error)[0].message}</p>}
      {d && <Confirm key={asked + JSON.stringify(d)} d={d} />}
    </section>
  );
}
