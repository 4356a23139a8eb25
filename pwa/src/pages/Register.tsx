import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { RegisterDocument } from '../graphql/documents';
import { useSessionObject } from '../auth/AuthContext';
import { Link, navigate, useLocation } from '../router';
import { Field, ErrorList } from '../components/Field';
import { problemsOf, splitProblems } from '../errors';
import { registerProblems, type RegisterValues } from '../auth/validation';
import { safeNext } from './Login';

export function Register() {
  const session = useSessionObject();
  const { search } = useLocation();
  const [register, { loading }] = useMutation(RegisterDocument);
  const [v, setV] = useState<RegisterValues>({ username: '', email: '', password: '', confirm: '', displayName: '' });
  // Live validation speaks only about fields the dancer has touched (no red form on arrival).
  const [touched, setTouched] = useState<Partial<Record<keyof RegisterValues, boolean>>>({});
  const [server, setServer] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const live = registerProblems(v);
  const errorOf = (k: keyof RegisterValues) => server.fields[k] ?? (touched[k] ? live[k] : undefined);
  const bind = (k: keyof RegisterValues) => ({
    value: v[k],
    onChange: (e: { target: { value: string } }) => { setV({ ...v, [k]: e.target.value }); if (server.fields[k]) setServer({ ...server, fields: { ...server.fields, [k]: undefined as never } }); },
    onBlur: () => setTouched({ ...touched, [k]: true }),
    error: errorOf(k),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched({ username: true, email: true, password: true, confirm: true });
    if (Object.keys(live).length) return;
    try {
      const { data } = await register({ variables: { username: v.username.trim(), email: v.email.trim(), password: v.password, displayName: v.displayName.trim() || null } });
      if (data) { session.accept(data.register); navigate(safeNext(search.get('next')), { replace: true }); }
    } catch (err) {
      setServer(splitProblems(problemsOf(err)));
    }
  };
  return (
    <section className="page narrow">
      <h1 tabIndex={-1}>Create your account</h1>
      <form onSubmit={submit} noValidate aria-label="Create account">
        <ErrorList messages={server.general} />
        <Field label="Username" name="username" autoComplete="username" required {...bind('username')} />
        <Field label="Email" name="email" type="email" autoComplete="email" required {...bind('email')} />
        <Field label="Display name (optional)" name="displayName" autoComplete="nickname" {...bind('displayName')} />
        <Field label="Password" name="password" type="password" autoComplete="new-password" required
          hint="At least 8 characters, not only digits, not a common password, not like your username or email." {...bind('password')} />
        <Field label="Repeat password" name="confirm" type="password" autoComplete="new-password" required {...bind('confirm')} />
        <button className="btn primary wide" type="submit" disabled={loading}>{loading ? 'Creating…' : 'Create account'}</button>
      </form>
      <p>Already dancing with us? <Link to="/login">Log in</Link></p>
    </section>
  );
}
