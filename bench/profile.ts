// Profiles one caller of the per-call benchmark and prints where its time goes, mapped to source lines.
// Usage: node --import tsx bench/profile.ts [facade|openapi-fetch|raw fetch] [calls] [--top N]
import { parseArgs } from 'node:util';
import { createBundleDir, removeBundleDir } from './bundle.ts';
import type { Share } from './cpu-profile.ts';
import { profileCaller } from './profile-caller.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
const caller = positionals[0] ?? 'facade';
const calls = Number(positionals[1] ?? 200_000);
const top = Number(values.top);

const dir = await createBundleDir();
try {
  const summary = await profileCaller(dir, caller, calls);
  const print = (title: string, shares: Share[]) => {
    console.log(`\n${title}`);
    for (const share of shares.slice(0, top))
      console.log(`${share.percent.toFixed(1).padStart(6)}%  ${share.what}`);
  };
  console.log(`${summary.samples} samples`);
  print(
    'Where each sample went (innermost frame in src/, openapi-fetch or bench/ → what it was calling):',
    summary.partition,
  );
  print('Inclusive time by function:', summary.inclusive);
  print(
    'Self time by source line (src/ and openapi-fetch; inlined callees count at their call site):',
    summary.selfLines,
  );
} finally {
  await removeBundleDir(dir);
}
