/**
 * A problem that stops the live check before it can say anything about drift: bad usage, an unreachable base
 * URL, a refused credential. `npm run spec:check-live` prints its message as one line and exits 2.
 */
export class LiveCheckProblem extends Error {
  override readonly name = 'LiveCheckProblem';
}
