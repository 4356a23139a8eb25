import { Link } from '../router';

/** A missing page, or a video or task that does not exist (or is not the dancer's). */
export function NotFound({ what }: { what?: 'video' | 'task' }) {
  return (
    <section className="page narrow not-found">
      <h1 tabIndex={-1}>{what === 'video' ? 'Video not found' : what === 'task' ? 'Choreography not found' : 'Page not found'}</h1>
      {what ? (
        <p>It may have been deleted, or the address is not complete. Your videos are all in <Link to="/videos">My videos</Link>.</p>
      ) : <p>This step is not in the choreography. <Link to="/">Back to the start</Link>.</p>}
      <div className="actions"><Link to="/videos" className="btn">My videos</Link><Link to="/generate" className="btn primary">Generate a choreography</Link></div>
    </section>
  );
}
