/**
 * Size budgets: the whole client as a browser loads it (facade + openapi-fetch + the generated operation table),
 * minified and gzipped at level 9, must stay within 6 KiB; a backend developer's `npm i liveavatar-client`
 * (the packed tarball and its dependencies, no optional peers) within 1 MiB of node_modules. Also reports what
 * the operation table costs per operation, so "the bundle stays flat as operations are added" is a measured
 * number, not a claim.
 *
 * Usage: node --import tsx scripts/size.ts   (exit 1 when over a budget). Runs `npm run build` (the install is
 * measured from the packed dist/); everything else it writes goes to temporary directories.
 */
import { bundleBreakdown } from './size/breakdown.ts';
import { bundleClient, OPERATION_COUNT } from './size/bundle-variant.ts';
import { INSTALL_BUDGET_BYTES, measureBackendInstall } from './size/backend-install.ts';
import { BUDGET_GZIP_BYTES, measureShippedBundle } from './size/shipped-bundle.ts';
import { measureValidateEntry } from './size/validate-entry.ts';

const format = (bytes: number): string => `${bytes.toLocaleString('en-US')} B`;

const shipped = await measureShippedBundle();
const validateEntry = await measureValidateEntry();
const install = await measureBackendInstall();
const full = await bundleClient();
const facadeOnly = await bundleClient({ withoutOpenapiFetch: true });
const halfCount = Math.floor(OPERATION_COUNT / 2);
const [noOperations, halfOperations, allOperations] = await Promise.all(
  [0, halfCount, OPERATION_COUNT].map((operations) => bundleClient({ operations })),
);
if (noOperations === undefined || halfOperations === undefined || allOperations === undefined) {
  throw new Error('table variants missing');
}

const variantsMatchShipped =
  Buffer.from(full.code).toString('utf8').trimEnd() === shipped.code.toString('utf8').trimEnd();

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
console.log(
  'backend install: npm i liveavatar-client (packed tarball, no optional peers), node_modules file bytes',
);
for (const { name, bytes, files } of install.packages) {
  console.log(`  ${name.padEnd(28)} ${format(bytes).padStart(11)}  (${files} files)`);
}
console.log(`  ${'total'.padEnd(28)} ${format(install.totalBytes).padStart(11)}`);
console.log(`  ${'budget'.padEnd(28)} ${format(INSTALL_BUDGET_BYTES).padStart(11)}  (1 MiB = 1024 × 1024 B)`);
console.log('  largest files of liveavatar-client:');
for (const { path, bytes } of install.ownFiles.slice(0, 6)) {
  console.log(`    ${format(bytes).padStart(9)}  ${path}`);
}

console.log('');
if (overBy > 0) {
  console.error(`FAIL: ${format(shipped.gzipBytes)} gzipped is ${format(overBy)} over the 6 KiB budget`);
  process.exitCode = 1;
} else {
  console.log(`OK: ${format(shipped.gzipBytes)} gzipped, ${format(-overBy)} under the 6 KiB budget`);
}
const installOverBy = install.totalBytes - INSTALL_BUDGET_BYTES;
if (installOverBy > 0) {
  console.error(
    `FAIL: backend install ${format(install.totalBytes)} is ${format(installOverBy)} over the 1 MiB budget`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `OK: backend install ${format(install.totalBytes)}, ${format(-installOverBy)} under the 1 MiB budget`,
  );
}
