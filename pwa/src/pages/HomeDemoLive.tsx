import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { HomeDemoDocument } from '../graphql/documents';
import { DemoPlaceholder, DemoView } from './HomeDemo';

/** While the server is still making the demo, ask again this often. */
const PREPARING_POLL_MS = 5000;

/** The home demo from the API: the page's HTML did not carry it (not made yet, or the page is old). */
export function HomeDemoLive() {
  const { data, error, startPolling, stopPolling } = useQuery(HomeDemoDocument, { fetchPolicy: 'cache-and-network' });
  const demo = data?.homeDemo;
  useEffect(() => {
    if (demo?.status === 'PREPARING') startPolling(PREPARING_POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [demo?.status, startPolling, stopPolling]);
  if (error || demo?.status === 'UNAVAILABLE') return null;
  if (!demo) return <DemoPlaceholder />;
  if (demo.status === 'PREPARING' || !demo.videoUrl) return <DemoPlaceholder preparing />;
  return <DemoView demo={demo} />;
}
