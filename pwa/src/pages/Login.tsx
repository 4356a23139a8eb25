import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LoginDocument } from '../graphql/documents';
import { useSessionObject } from '../auth/AuthContext';
import { Link, navigate, useLocation } from '../router';
import { Field, ErrorList } from '../components/Field';
import { problemsOf, splitProblems } from '../errors';

/** Only same-app paths: ?next= must not send the dancer to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function Login() {
  const session = useSessionObject();
  const { search } = useLocation();
  const [login, { loading }] = useMutation(LoginDocument);
  const [usernameOrEmail, setU] = useState('');
  const [password, setP] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { data } = await login({ variables: { usernameOrEmail, password } });
      if (data) { session.accept(data.login); navigate(safeNext(search.get('next')), { replace: true }); }
    } catch (err) {
      setErrors(splitProblems(problemsOf(err)));
    }
  };
  return (
    <section className="page narrow">
      <h1 tabIndex={-1}>Log in</h1>
      <form onSubmit={submit} noValidate>
        <ErrorList messages={errors.general} />
        <Field label="Username or email" name="usernameOrEmail" autoComplete="username" required value={usernameOrEmail} onChange={(e) => setU(e.target.value)} error={errors.fields.usernameOrEmail} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setP(e.target.value)} error={errors.fields.password} />
        <button className="btn primary wide" type="submit" disabled={loading}>{loading ? 'Logging in…' : 'Log in'}</button>
      </form>
      <p>New here? <Link to={`/register${search.get('next') ? `?next=${encodeURIComponent(search.get('next')!)}` : ''}`}>Create an account</Link></p>
    </section>
  );
}
