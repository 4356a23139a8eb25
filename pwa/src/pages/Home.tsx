import { Link } from '../router';
import { useSession } from '../auth/AuthContext';
import { HomeDemo } from './HomeDemo';

export function Home() {
  const { user } = useSession();
  return (
    <section className="page home">
      <h1 tabIndex={-1}>{user ? `Hola, ${user.displayName}!` : 'Dance to your song, on the phrase.'}</h1>
      <p className="lead">Bachata Buddy listens to a song, finds its beats and 8-counts, and builds a choreography video where every move starts on the phrase. Loop any move, slow it down, mirror it, and count along.</p>
      <div className="actions">
        {user ? (
          <>
            <Link to="/generate" className="btn primary">Generate a choreography</Link>
            <Link to="/collections" className="btn">Open your collection</Link>
          </>
        ) : (
          <>
            <Link to="/register" className="btn primary">Create a free account</Link>
            <Link to="/login" className="btn">Log in</Link>
          </>
        )}
      </div>
      <ol className="steps">
        <li><strong>Pick a song</strong> from the library or upload your own (mp3, wav, m4a, ogg, flac).</li>
        <li><strong>Choose</strong> difficulty, energy and style.</li>
        <li><strong>Practice</strong> with the player: loop a move, 0.5× speed, mirror, counts 1–8.</li>
      </ol>
      {/* Last on the page: its move list grows below it, so nothing moves when the demo arrives. */}
      <HomeDemo />
    </section>
  );
}
