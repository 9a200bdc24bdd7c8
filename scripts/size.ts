/**
 * Size budget: the whole client as a browser loads it (facade + openapi-fetch + the generated operation table),
 * minified and gzipped at level 9, must stay within 6 KiB. Also reports what the operation table costs per
 * operation, so "the bundle stays flat as operations are added" is a measured number, not a claim.
 *
 * Usage: node --import tsx scripts/size.ts   (exit 1 when over budget). Writes only to a temporary directory.
 */
import { bundleBreakdown } from './size/breakdown.ts';
import { bundleClient, OPERATION_COUNT } from './size/bundle-variant.ts';
import { BUDGET_GZIP_BYTES, measureShippedBundle } from './size/shipped-bundle.ts';
import { measureValidateEntry } from './size/validate-entry.ts';

const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=[^\n]*\n?$/;

const format = (bytes: number): string => `${bytes.toLocaleString('en-US')} B`;

const shipped = await measureShippedBundle();
const validateEntry = await measureValidateEntry();
const full = await bundleClient();
const facadeOnly = await bundleClient({ withoutOpenapiFetch: true });
const halfCount = Math.floor(OPERATION_COUNT / 2);
const [noOperations, halfOperations, allOperations] = await Promise.all(
  [0, halfCount, OPERATION_COUNT].map((operations) => bundleClient({ operations })),
);
if (noOperations === undefined || halfOperations === undefined || allOperations === undefined) {
  throw new Error('table variants missing');
}

const shippedWithoutMapComment = shipped.code.toString('utf8').replace(SOURCE_MAP_COMMENT, '');
const variantsMatchShipped =
  Buffer.from(full.code).toString('utf8').trimEnd() === shippedWithoutMapComment.trimEnd();

const tableGzipBytes = allOperations.gzipBytes - noOperations.gzipBytes;
const perOperation = tableGzipBytes / OPERATION_COUNT;
const overBy = shipped.gzipBytes - BUDGET_GZIP_BYTES;

console.log('liveavatar-client in a browser: facade + openapi-fetch + operation table, minified, gzip -9');
console.log(
  `  shipped bundle   ${format(shipped.code.byteLength)} minified, ${format(shipped.gzipBytes)} gzipped`,
);
console.log(`  budget           ${format(BUDGET_GZIP_BYTES)} gzipped (6 KiB = 6 × 1024 B)`);
console.log(`  facade alone     ${format(facadeOnly.gzipBytes)} gzipped (openapi-fetch left external)`);
console.log(`  openapi-fetch    ~${format(full.gzipBytes - facadeOnly.gzipBytes)} gzipped (difference)`);
console.log('');
console.log('growth with operations (same bundle, generated table sliced to N operations):');
for (const variant of [noOperations, halfOperations, allOperations]) {
  console.log(`  ${String(variant.operations).padStart(3)} operations  ${format(variant.gzipBytes)} gzipped`);
}
console.log(
  `  table share      ${format(tableGzipBytes)} gzipped for ${OPERATION_COUNT} operations ` +
    `= ${perOperation.toFixed(1)} B per operation; the rest (${format(noOperations.gzipBytes)}) does not grow ` +
    'with operations (types are compile-time only)',
);
console.log('');
console.log('largest inputs (minified bytes in the bundle):');
for (const { source, minifiedBytes } of bundleBreakdown(full.metafile).slice(0, 8)) {
  const percent = ((minifiedBytes / full.minifiedBytes) * 100).toFixed(1);
  console.log(`  ${format(minifiedBytes).padStart(9)}  ${percent.padStart(4)}%  ${source}`);
}
if (!variantsMatchShipped) {
  console.warn(
    '\nwarning: scripts/size/bundle-variant.ts no longer reproduces scripts/build-browser.ts byte for byte; ' +
      'align their esbuild options so the table figures describe the shipped bundle.',
  );
}

console.log('');
console.log('liveavatar-client/validate (opt-in; the main entry and the browser bundle never load it):');
console.log(
  `  entry            ${format(validateEntry.minifiedBytes)} minified, ${format(validateEntry.gzipBytes)} gzipped ` +
    `(generated validators: ${format(validateEntry.validatorsMinifiedBytes)} minified)`,
);

console.log('');
if (overBy > 0) {
  console.error(`FAIL: ${format(shipped.gzipBytes)} gzipped is ${format(overBy)} over the 6 KiB budget`);
  process.exitCode = 1;
} else {
  console.log(`OK: ${format(shipped.gzipBytes)} gzipped, ${format(-overBy)} under the 6 KiB budget`);
}
