import { fireEvent, render, screen } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Register } from '../src/pages/Register';
import { SessionProvider } from '../src/auth/AuthContext';
import { Session } from '../src/auth/session';
import { passwordProblems, registerProblems } from '../src/auth/validation';

// The server-side field errors are exercised against the real API in test/e2e; here no request must be sent.
function renderRegister() {
  let requests = 0;
  const link = new ApolloLink(() => { requests++; throw new Error('no request expected'); });
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const session = new Session({ endpoint: '/graphql', storage: window.localStorage, fetch: () => { throw new Error('no fetch'); } });
  render(<SessionProvider session={session}><ApolloProvider client={client}><Register /></ApolloProvider></SessionProvider>);
  return { requests: () => requests };
}

describe('password policy (mirrors the server)', () => {
  it.each([
    ['short1', 'At least 8 characters.'],
    ['1234567890', 'Not only digits.'],
    ['password', 'This password is too common.'],
    ['salsadancer1', 'Too similar to your username.'],
  ])('%s → %s', (pw, problem) => {
    expect(passwordProblems(pw, { username: 'salsadancer', email: 'x@example.com' })).toContain(problem);
  });
  it('accepts a decent password', () => {
    expect(passwordProblems('Bachata-Steps-2026', { username: 'maria', email: 'maria@example.com' })).toEqual([]);
    expect(registerProblems({ username: 'maria', email: 'maria@example.com', password: 'Bachata-Steps-2026', confirm: 'Bachata-Steps-2026', displayName: '' })).toEqual({});
  });
});

describe('<Register> live validation', () => {
  it('says nothing before a field is touched, then explains the rule at the field', () => {
    const { requests } = renderRegister();
    const password = screen.getByLabelText('Password');
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'salsadancer' } });
    fireEvent.change(password, { target: { value: '12345' } });
    fireEvent.blur(password);
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const msg = screen.getByText(/At least 8 characters\. Not only digits\./);
    expect(password.getAttribute('aria-describedby')).toContain(msg.id);
    fireEvent.change(password, { target: { value: 'Merengue-Night-77' } });
    expect(password.getAttribute('aria-invalid')).toBeNull();
    expect(requests()).toBe(0);
  });

  it('blocks submit with every problem shown, without calling the server', () => {
    const { requests } = renderRegister();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'not-an-email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByText(/Use 3–150 letters/)).toBeTruthy();
    expect(screen.getByText(/Enter an email address/)).toBeTruthy();
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(requests()).toBe(0);
  });
});
