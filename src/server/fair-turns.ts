/**
 * @module fair-turns
 * Requests start one per turn of the event loop, in the order they arrived. Node's server
 * accepts one new connection per turn of its loop; when every request that is ready ran in
 * the same turn, a turn of a busy server lasted as long as all of them (fifty clients: 0.3 s
 * and more), so the clients that connected last waited fifty turns for their first answer and
 * timed out (measured: a quarter of the routes of `npm run load` got no answer in 30 s). One
 * request per turn gives the loop back between requests: connections are taken as they come,
 * and every client is served in its turn.
 */

/** A gate: `await turn()` resolves when the request's turn comes. @example await turns(); handle() */
export function createTurns(): () => Promise<void> {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const next = () => {
    scheduled = false;
    const go = waiting.shift();
    // The next start is queued for the following turn, after the loop has polled its sockets.
    if (waiting.length) schedule();
    go?.();
  };
  const schedule = () => {
    scheduled = true;
    setImmediate(next);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) schedule();
    });
}
