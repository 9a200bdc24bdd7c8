// Section 3: the browser bundle's gzipped size, measured by the same functions `npm run size` uses.
import { bundleClient } from '../scripts/size/bundle-variant.ts';
import { BUDGET_GZIP_BYTES, measureShippedBundle } from '../scripts/size/shipped-bundle.ts';

export interface SizeSection {
  gzipBytes: number;
  minifiedBytes: number;
  /** Facade without openapi-fetch. */
  facadeOnlyGzipBytes: number;
  budgetGzipBytes: number;
  pass: boolean;
}

export async function runSize(): Promise<SizeSection> {
  const shipped = await measureShippedBundle();
  const facadeOnly = await bundleClient({ withoutOpenapiFetch: true });
  return {
    gzipBytes: shipped.gzipBytes,
    minifiedBytes: shipped.code.byteLength,
    facadeOnlyGzipBytes: facadeOnly.gzipBytes,
    budgetGzipBytes: BUDGET_GZIP_BYTES,
    pass: shipped.gzipBytes <= BUDGET_GZIP_BYTES,
  };
}
