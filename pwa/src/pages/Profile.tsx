import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { UpdatePreferencesDocument, UpdateProfileDocument } from '../graphql/documents';
import { useSession, useSessionObject } from '../auth/AuthContext';
import { Field, ErrorList } from '../components/Field';
import { problemsOf, splitProblems } from '../errors';
import { DIFFICULTIES, formatDate, titleCase } from '../format';
import type { Difficulty } from '../graphql/generated/graphql';

export function Profile() {
  const { user } = useSession();
  const session = useSessionObject();
  const [updateProfile, profileState] = useMutation(UpdateProfileDocument);
  const [updatePrefs, prefsState] = useMutation(UpdatePreferencesDocument);
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [errs, setErrs] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [status, setStatus] = useState('');
  if (!user) return null;
  const prefs = user.preferences;

  const saveProfile = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    try {
      const { data } = await updateProfile({ variables: { displayName, email } });
      if (data) { session.updateUser(data.updateProfile); setErrs({ fields: {}, general: [] }); setStatus('Profile saved.'); }
    } catch (err) { setErrs(splitProblems(problemsOf(err))); }
  };
  const savePref = async (vars: { autoSaveChoreographies?: boolean; defaultDifficulty?: Difficulty; emailNotifications?: boolean }) => {
    setStatus('');
    try {
      const { data } = await updatePrefs({ variables: vars });
      if (data) { session.updateUser(data.updatePreferences); setStatus('Preferences saved.'); }
    } catch (err) { setErrs(splitProblems(problemsOf(err))); }
  };

  return (
    <section className="page narrow">
      <h1 tabIndex={-1}>Profile &amp; preferences</h1>
      <p className="muted">Signed in as <strong>{user.username}</strong>{user.isInstructor ? ' · instructor' : ''} · member since {formatDate(user.dateJoined)}</p>
      <p role="status" className="status">{status}</p>
      <form onSubmit={saveProfile} noValidate aria-label="Profile">
        <h2>Profile</h2>
        <ErrorList messages={errs.general} />
        <Field label="Display name" name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errs.fields.displayName} />
        <Field label="Email" name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errs.fields.email} />
        <button className="btn primary" type="submit" disabled={profileState.loading}>Save profile</button>
      </form>
      <fieldset className="prefs" disabled={prefsState.loading}>
        <legend><h2>Preferences</h2></legend>
        <label className="check"><input type="checkbox" checked={prefs.autoSaveChoreographies} onChange={(e) => savePref({ autoSaveChoreographies: e.target.checked })} /> Save finished choreographies to my collection automatically</label>
        <label className="check"><input type="checkbox" checked={prefs.emailNotifications} onChange={(e) => savePref({ emailNotifications: e.target.checked })} /> Email me when a video is ready</label>
        <div className="field">
          <label htmlFor="defaultDifficulty">Default difficulty</label>
          <select id="defaultDifficulty" value={prefs.defaultDifficulty} onChange={(e) => savePref({ defaultDifficulty: e.target.value as Difficulty })}>
            {DIFFICULTIES.map((d) => <option key={d} value={d}>{titleCase(d)}</option>)}
          </select>
        </div>
      </fieldset>
    </section>
  );
}
