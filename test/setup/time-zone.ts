/**
 * Imported by the vitest configs, before any worker starts: tests run in a zone that is not UTC (this machine's
 * is), so code that reads a time as local time fails here as it would on a user's machine. Workers, threads and
 * forks alike, inherit it.
 */
process.env.TZ = 'America/New_York';
