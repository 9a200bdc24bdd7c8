/**
 * Child process for the load test: fires many concurrent calls at the fault server, prints a JSON summary and
 * then simply ends. It never calls process.exit, so it finishes only if the client left no socket, timer or
 * listener keeping the event loop alive; the parent enforces a bound on that.
 *
 * Usage: node --import tsx test/resilience/support/load-child.ts <baseUrl> <calls> [leak-a-timer]
 * `leak-a-timer` is the negative control: it leaves a 60 s timer behind, so the child must overrun the bound.
 */
import { createFrozenClient } from '../../support/frozen-api.ts';

const [baseUrl = '', callsArgument = '500', control] = process.argv.slice(2);
const calls = Number(callsArgument);
const client = createFrozenClient({ apiKey: 'la-load-test-key-5e1f', baseUrl });

const started = performance.now();
const results = await Promise.allSettled(
  Array.from({ length: calls }, (_, index) =>
    client.withResponse.GET('/v1/avatars/{avatar_id}', {
      params: { path: { avatar_id: `avatar-${index}` } },
    }),
  ),
);
const durationMs = Math.round(performance.now() - started);

const failures = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
const mismatches = results.filter(
  (result, index) =>
    result.status === 'fulfilled' && (result.value.data as { id?: unknown }).id !== `avatar-${index}`,
).length;
const attempts = results.reduce(
  (sum, result) => sum + (result.status === 'fulfilled' ? result.value.attempts : 0),
  0,
);
const retried = results.filter((result) => result.status === 'fulfilled' && result.value.attempts > 1).length;

process.stdout.write(
  `${JSON.stringify({
    calls,
    failures: failures.length,
    firstFailures: failures.slice(0, 3),
    mismatches,
    retried,
    attempts,
    durationMs,
    // What still keeps the event loop alive once the work is done (stdout's own pipe aside).
    activeResources: process.getActiveResourcesInfo(),
  })}\n`,
);

if (control === 'leak-a-timer') setTimeout(() => undefined, 60_000);
