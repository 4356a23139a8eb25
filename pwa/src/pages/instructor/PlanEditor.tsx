import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { Difficulty, PlanFieldsFragment, PlanSequenceFieldsFragment } from '../../graphql/generated/graphql';
import { useSessionObject } from '../../auth/AuthContext';
import { Link, navigate } from '../../router';
import { ArrowDown, ArrowLeft, ArrowUp, GripVertical, Play } from 'lucide-react';
import { DIFFICULTIES, formatDuration, titleCase } from '../../format';
import { problemsOf } from '../../errors';
import { useOnline } from '../../pwa/offline';
import {
  AddToClassPlanDocument, ClassPlanDocument, ClassPlanSummaryDocument, DeleteClassPlanDocument, DuplicateClassPlanDocument,
  PickChoreographiesDocument, RemoveFromClassPlanDocument, ReorderClassPlanDocument, UpdateClassPlanDocument, UpdateClassPlanSequenceDocument,
} from './documents';
import { dropIndex, moveBy, moveItem, reorderKey, sameOrder } from './reorder';
import { fetchClassSheet, sheetFileName } from './sheet';

type Plan = PlanFieldsFragment;
type Sequence = PlanSequenceFieldsFragment;

function intOrNull(v: string): number | null {
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

function PlanDetails({ plan }: { plan: Plan }) {
  const online = useOnline();
  const [update, { loading }] = useMutation(UpdateClassPlanDocument);
  const [title, setTitle] = useState(plan.title);
  const [difficulty, setDifficulty] = useState<Difficulty>(plan.difficulty);
  const [duration, setDuration] = useState(plan.estimatedDuration?.toString() ?? '');
  const [description, setDescription] = useState(plan.description);
  const [notes, setNotes] = useState(plan.instructorNotes);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await update({ variables: { id: plan.id, title, difficulty, estimatedDuration: intOrNull(duration), description, instructorNotes: notes } });
      setMessage('Saved.');
    } catch (err) { setError(problemsOf(err)[0].message); }
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Plan details">
      <h2>Details</h2>
      <div className="row">
        <div className="field grow"><label htmlFor="pd-title">Title</label><input id="pd-title" value={title} onChange={(e) => { setTitle(e.target.value); setMessage(''); }} /></div>
        <div className="field"><label htmlFor="pd-diff">Difficulty</label>
          <select id="pd-diff" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>{DIFFICULTIES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}</select></div>
        <div className="field"><label htmlFor="pd-duration">Duration (minutes)</label><input id="pd-duration" type="number" inputMode="numeric" min={0} max={600} value={duration} onChange={(e) => setDuration(e.target.value)} /></div>
      </div>
      <div className="field"><label htmlFor="pd-description">Description</label><textarea id="pd-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} /></div>
      <div className="field"><label htmlFor="pd-notes">Instructor notes</label><textarea id="pd-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} /></div>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="actions"><button className="btn primary" type="submit" disabled={loading || !online}>Save details</button><span className="muted small" role="status">{message}</span></div>
    </form>
  );
}

function Summary({ planId, version }: { planId: string; version: string }) {
  const { data, refetch } = useQuery(ClassPlanSummaryDocument, { variables: { id: planId }, fetchPolicy: 'cache-and-network' });
  // The summary is computed by the server: ask again whenever the plan changed.
  useEffect(() => { void refetch(); }, [version, refetch]);
  const s = data?.classPlanSummary;
  if (!s) return null;
  return (
    <dl className="stats" aria-label="Summary">
      <div><dt>Sequences</dt><dd>{s.totalSequences}</dd></div>
      <div><dt>Planned time</dt><dd>{s.totalEstimatedMinutes} min</dd></div>
      {s.difficultyBreakdown.map((b) => <div key={b.difficulty}><dt>{titleCase(b.difficulty)}</dt><dd>{b.count}</dd></div>)}
    </dl>
  );
}

function SequenceFields({ seq }: { seq: Sequence }) {
  const online = useOnline();
  const [update] = useMutation(UpdateClassPlanSequenceDocument);
  const [notes, setNotes] = useState(seq.notes);
  const [minutes, setMinutes] = useState(seq.estimatedMinutes?.toString() ?? '');
  const [error, setError] = useState<string | null>(null);
  const title = seq.choreography?.title ?? 'Deleted choreography';
  const save = async () => {
    const m = intOrNull(minutes);
    if (notes === seq.notes && m === (seq.estimatedMinutes ?? null)) return;
    try { setError(null); await update({ variables: { sequenceId: seq.id, notes, estimatedMinutes: m } }); } catch (err) { setError(problemsOf(err)[0].message); }
  };
  return (
    <div className="seq-fields">
      <div className="field grow"><label htmlFor={`sn-${seq.id}`}>Notes for {title}</label>
        <input id={`sn-${seq.id}`} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={save} disabled={!online} /></div>
      <div className="field minutes"><label htmlFor={`sm-${seq.id}`}>Minutes</label>
        <input id={`sm-${seq.id}`} type="number" inputMode="numeric" min={0} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} onBlur={save} disabled={!online} /></div>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}

/**
 * The plan's sequences in teaching order. Reordering is optimistic: the list moves at once and the
 * server's all-or-nothing reorder confirms it (or the old order comes back with the reason).
 */
function Sequences({ plan }: { plan: Plan }) {
  const online = useOnline();
  const [reorder] = useMutation(ReorderClassPlanDocument);
  const [remove] = useMutation(RemoveFromClassPlanDocument);
  // While a reorder is on its way the list shows it; the server's answer (or the old order) follows.
  const [pending, setPending] = useState<string[] | null>(null);
  const order = pending ?? plan.sequences.map((s) => s.id);
  const [announce, setAnnounce] = useState('');
  const [drag, setDrag] = useState<{ id: string; over: number; upper: boolean } | null>(null);
  const focusAfter = useRef<string | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (focusAfter.current) { handles.current.get(focusAfter.current)?.focus(); focusAfter.current = null; }
  });
  const byId = new Map(plan.sequences.map((s) => [s.id, s]));
  const items = order.map((id) => byId.get(id)).filter((s): s is Sequence => !!s);
  const nameOf = (id: string) => byId.get(id)?.choreography?.title ?? 'Deleted choreography';

  const commit = async (next: string[], moved: string) => {
    if (sameOrder(next, order)) return;
    setPending(next);
    setAnnounce(`${nameOf(moved)} moved to position ${next.indexOf(moved) + 1} of ${next.length}.`);
    try { await reorder({ variables: { classPlanId: plan.id, sequenceIds: next } }); } catch (err) {
      setAnnounce(`Not moved: ${problemsOf(err)[0].message}`);
    }
    setPending(null);
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, id: string) => {
    const step = reorderKey(e.key);
    if (step === null) return;
    e.preventDefault();
    focusAfter.current = id;
    void commit(moveBy(order, id, step), id);
  };
  // Pointer drag on the handle (mouse, pen and touch alike): the row under the pointer is the drop target.
  const rowAt = (x: number, y: number): { index: number; upper: boolean } | null => {
    const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-seq-index]');
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { index: Number(el.dataset.seqIndex), upper: y < r.top + r.height / 2 };
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, id: string) => {
    if (!online || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag({ id, over: order.indexOf(id), upper: true });
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag) return;
    const at = rowAt(e.clientX, e.clientY);
    if (at && (at.index !== drag.over || at.upper !== drag.upper)) setDrag({ ...drag, over: at.index, upper: at.upper });
  };
  const onPointerUp = () => {
    if (!drag) return;
    const from = order.indexOf(drag.id);
    const next = moveItem(order, from, dropIndex(from, drag.over, drag.upper));
    setDrag(null);
    void commit(next, drag.id);
  };
  const del = async (seq: Sequence) => {
    try { await remove({ variables: { sequenceId: seq.id } }); setAnnounce(`Removed ${nameOf(seq.id)}.`); } catch (err) { setAnnounce(problemsOf(err)[0].message); }
  };

  return (
    <div className="card">
      <h2 id="seq-heading">Sequences</h2>
      {items.length === 0 && <p className="muted">No choreographies yet: add some from your collection below.</p>}
      {items.length > 1 && <p className="muted small" id="reorder-help">Drag a handle, or focus it and press ↑ / ↓ (Home / End) to reorder.</p>}
      <ol className="sequences" aria-labelledby="seq-heading">
        {items.map((seq, i) => {
          const title = seq.choreography?.title ?? 'Deleted choreography';
          const target = drag && drag.id !== seq.id && drag.over === i ? (drag.upper ? ' drop-above' : ' drop-below') : '';
          return (
            <li key={seq.id} className={`sequence${drag?.id === seq.id ? ' dragging' : ''}${target}`} data-seq-index={i}>
              <div className="seq-head">
                <button type="button" className="handle" aria-label={`Reorder ${title}, position ${i + 1} of ${items.length}`} aria-describedby="reorder-help"
                  ref={(el) => { if (el) handles.current.set(seq.id, el); else handles.current.delete(seq.id); }}
                  disabled={!online} onKeyDown={(e) => onKey(e, seq.id)}
                  onPointerDown={(e) => onPointerDown(e, seq.id)} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => setDrag(null)}><GripVertical size={20} aria-hidden="true" /></button>
                <span className="seq-pos" aria-hidden="true">{i + 1}</span>
                <span className="seq-title">
                  {seq.choreography ? <Link to={`/play/${seq.choreography.id}`}>{title}</Link> : <span className="muted">{title}</span>}
                  {seq.choreography && <small className="muted"> · {titleCase(seq.choreography.difficulty)} · {formatDuration(seq.choreography.duration)}</small>}
                </span>
                <span className="seq-buttons">
                  <button type="button" className="btn small" onClick={() => void commit(moveBy(order, seq.id, -1), seq.id)} disabled={!online || i === 0} aria-label={`Move ${title} up`}><ArrowUp size={18} aria-hidden="true" /></button>
                  <button type="button" className="btn small" onClick={() => void commit(moveBy(order, seq.id, 1), seq.id)} disabled={!online || i === items.length - 1} aria-label={`Move ${title} down`}><ArrowDown size={18} aria-hidden="true" /></button>
                  <button type="button" className="btn small danger" onClick={() => void del(seq)} disabled={!online} aria-label={`Remove ${title} from the plan`}>Remove</button>
                </span>
              </div>
              <SequenceFields seq={seq} />
            </li>
          );
        })}
      </ol>
      <p className="sr-only" role="status" aria-live="polite">{announce}</p>
    </div>
  );
}

function AddFromCollection({ plan }: { plan: Plan }) {
  const online = useOnline();
  const [search, setSearch] = useState('');
  const { data, fetchMore } = useQuery(PickChoreographiesDocument, { variables: { search: search || null } });
  const [add, { loading }] = useMutation(AddToClassPlanDocument, { refetchQueries: [{ query: ClassPlanDocument, variables: { id: plan.id } }], awaitRefetchQueries: true });
  const [message, setMessage] = useState('');
  const inPlan = new Set(plan.sequences.map((s) => s.choreographyId));
  const items = data?.collections.edges.map((e) => e.node) ?? [];
  const addOne = async (id: string, title: string) => {
    try { await add({ variables: { classPlanId: plan.id, choreographyId: id } }); setMessage(`Added ${title}.`); } catch (err) { setMessage(problemsOf(err)[0].message); }
  };
  return (
    <div className="card">
      <h2>Add from your collection</h2>
      <div className="field"><label htmlFor="pick-search">Search your collection</label><input id="pick-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} /></div>
      {data && items.length === 0 && <p className="muted">{search ? 'Nothing matches.' : <>Your collection is empty. <Link to="/generate">Generate a choreography</Link> and save it first.</>}</p>}
      <ul className="pick-list">
        {items.map((c) => (
          <li key={c.id}>
            <span>{c.title} <small className="muted">· {titleCase(c.difficulty)} · {formatDuration(c.duration)}{inPlan.has(c.id) ? ' · in this plan' : ''}</small></span>
            <button type="button" className="btn small" onClick={() => void addOne(c.id, c.title)} disabled={loading || !online} aria-label={`Add ${c.title}`}>Add</button>
          </li>
        ))}
      </ul>
      {data?.collections.pageInfo.hasNextPage && <button type="button" className="btn small" onClick={() => fetchMore({ variables: { after: data.collections.pageInfo.endCursor } })}>More</button>}
      <p className="muted small" role="status">{message}</p>
    </div>
  );
}

function PlanActions({ plan }: { plan: Plan }) {
  const online = useOnline();
  const session = useSessionObject();
  const [duplicate] = useMutation(DuplicateClassPlanDocument);
  const [remove] = useMutation(DeleteClassPlanDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const playable = plan.sequences.filter((s) => s.choreography).map((s) => s.choreography!.id);
  const pdf = async () => {
    setBusy('pdf'); setError(null);
    try {
      const url = URL.createObjectURL(await fetchClassSheet(session, plan.sheetPath, 'pdf'));
      const a = document.createElement('a');
      a.href = url; a.download = sheetFileName(plan.title, 'pdf');
      document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) { setError((e as Error).message); }
    setBusy(null);
  };
  const html = async () => {
    // Opened before the fetch: a window opened after an await is a popup the browser may block.
    const win = window.open('', '_blank');
    setBusy('html'); setError(null);
    try {
      const url = URL.createObjectURL(await fetchClassSheet(session, plan.sheetPath, 'html'));
      if (win) win.location.href = url; else window.location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) { win?.close(); setError((e as Error).message); }
    setBusy(null);
  };
  const dup = async () => {
    try { const { data } = await duplicate({ variables: { id: plan.id } }); if (data) navigate(`/instructor/plans/${data.duplicateClassPlan.id}`); } catch (err) { setError(problemsOf(err)[0].message); }
  };
  const del = async () => {
    if (!window.confirm(`Delete the class plan “${plan.title}”? Its choreographies stay in your collection.`)) return;
    try { await remove({ variables: { id: plan.id }, update: (cache) => { cache.evict({ id: cache.identify({ __typename: 'ClassPlan', id: plan.id }) }); cache.evict({ fieldName: 'classPlans' }); } }); navigate('/instructor', { replace: true }); } catch (err) { setError(problemsOf(err)[0].message); }
  };
  return (
    <div className="actions plan-actions">
      {playable.length > 0
        ? <Link to={`/play/${playable[0]}?plan=${plan.id}&i=0`} className="btn primary"><Play size={18} aria-hidden="true" /> Practise this plan</Link>
        : <span className="muted small">Add a choreography to practise this plan.</span>}
      <button type="button" className="btn" onClick={pdf} disabled={!online || busy !== null}>{busy === 'pdf' ? 'Preparing…' : 'Download PDF'}</button>
      <button type="button" className="btn" onClick={html} disabled={!online || busy !== null}>{busy === 'html' ? 'Preparing…' : 'Open printable sheet'}</button>
      <button type="button" className="btn" onClick={dup} disabled={!online}>Duplicate</button>
      <button type="button" className="btn danger" onClick={del} disabled={!online}>Delete plan</button>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}

export function PlanEditor({ planId }: { planId: string }) {
  const { data, error } = useQuery(ClassPlanDocument, { variables: { id: planId } });
  const plan = data?.classPlan;
  if (!plan) {
    return (
      <section className="page"><h1 tabIndex={-1}>Class plan</h1>
        {error ? <p className="error" role="alert">{problemsOf(error)[0].message}</p> : <p role="status">Loading…</p>}
        <p><Link to="/instructor">All class plans</Link></p>
      </section>
    );
  }
  const version = `${plan.updatedAt}:${plan.sequences.map((s) => `${s.id}/${s.estimatedMinutes ?? ''}`).join(',')}`;
  return (
    <section className="page">
      <p className="small"><Link to="/instructor"><ArrowLeft size={16} aria-hidden="true" /> All class plans</Link></p>
      <h1 tabIndex={-1}>{plan.title}</h1>
      <Summary planId={plan.id} version={version} />
      <PlanActions plan={plan} />
      <div className="plan-grid">
        <div>
          <Sequences plan={plan} />
          <AddFromCollection plan={plan} />
        </div>
        <PlanDetails key={plan.id} plan={plan} />
      </div>
    </section>
  );
}
