import { Info } from 'lucide-react';

/** A planner note ("only 5 beginner moves …") as a sentence: capital first letter, a full stop. */
export function asSentence(note: string): string {
  const t = note.trim();
  return t.charAt(0).toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.');
}

/** What the planner had to change (e.g. "only 5 beginner moves: added intermediate moves"): the dancer should know. */
export function PlanNotes({ plan }: { plan: unknown }) {
  const notes = (plan as { notes?: unknown } | null)?.notes;
  const list = Array.isArray(notes) ? [...new Set(notes.filter((n): n is string => typeof n === 'string' && !!n.trim()).map(asSentence))] : [];
  if (!list.length) return null;
  return (
    <div className="plan-notes" role="note" aria-label="About this choreography">
      <Info size={18} aria-hidden="true" />
      {list.length === 1 ? <p>{list[0]}</p> : <ul>{list.map((n) => <li key={n}>{n}</li>)}</ul>}
    </div>
  );
}
