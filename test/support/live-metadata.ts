// Today's generated metadata, widened to plain types. The generated tables are `as const`, so type-aware lint
// would judge a condition on them by today's values ("always true": every operation answers JSON today) and
// fail `npm run check` once upstream changes; tests of the live spec read the metadata through these instead.
import { apiMetadata } from '../../generated/operations.ts';
import type { LiveOperation, SchemeSpec } from './live-operations.ts';

export const liveOperations: readonly LiveOperation[] = apiMetadata.operations;
export const liveSchemes: Readonly<Record<string, SchemeSpec>> = apiMetadata.securitySchemes;
