import { Link } from '../router';

export function NotFound() {
  return (
    <section className="page">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>This step is not in the choreography. <Link to="/">Back to the start</Link>.</p>
    </section>
  );
}
