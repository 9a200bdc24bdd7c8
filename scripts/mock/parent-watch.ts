const CHECK_EVERY_MS = 500;

/**
 * Calls `onOrphaned` once this process's parent has gone. Under `npm run mock`, a SIGTERM to npm reaches only
 * the `sh -c` npm runs the script in, which dies without passing it on; the script is then reparented, and
 * without this watch it (and Prism) would live on with nobody to stop them.
 */
export function watchParent(onOrphaned: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    // process.ppid is read afresh on each access.
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, CHECK_EVERY_MS);
  // Never the reason the script keeps running.
  timer.unref();
}
