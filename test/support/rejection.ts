/** The rejection of a call that must fail; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject, but it resolved');
}

/** The same for a call that must fail with an Error (everything the client throws is one). */
export async function errorOf(promise: Promise<unknown>): Promise<Error> {
  const error = await rejectionOf(promise);
  if (!(error instanceof Error))
    throw new Error(`expected an Error, the call rejected with ${String(error)}`);
  return error;
}
