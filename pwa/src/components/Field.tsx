import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** A labelled input with its hint and error wired to aria-describedby / aria-invalid. */
export function Field({ label, error, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string | null; hint?: ReactNode }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {hint && <small id={`${id}-hint`} className="hint">{hint}</small>}
      {error && <small id={`${id}-err`} className="error" role="alert">{error}</small>}
    </div>
  );
}

export function ErrorList({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return <div className="alert" role="alert">{messages.map((m) => <p key={m}>{m}</p>)}</div>;
}
