/**
 * Where the mock finds its spec and Prism, from the script's own location: in this repository
 * (scripts/mock.ts: generated/openapi.fixed.json) or in the published package (dist/liveavatar-mock.js, the
 * `liveavatar-mock` bin: dist/openapi.fixed.json.gz, which the build writes, unpacked once into the OS temp
 * directory under its content hash). Prism is resolved as a package from there, so a consumer's own install of
 * the optional peer @stoplight/prism-cli is found.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface MockLocations {
  /** The repository or the installed package: Prism's working directory. */
  root: string;
  /** The fixed spec with its examples; missing when the repository was not generated. */
  specPath: string;
  /** Prism's CLI script, or undefined when @stoplight/prism-cli is not installed. */
  prismCli: string | undefined;
}

export function mockLocations(moduleUrl: string): MockLocations {
  const here = dirname(fileURLToPath(moduleUrl));
  const root = resolve(here, '..');
  const repositorySpec = join(root, 'generated/openapi.fixed.json');
  const packedSpec = join(here, 'openapi.fixed.json.gz');
  const specPath =
    !existsSync(repositorySpec) && existsSync(packedSpec) ? unpacked(packedSpec) : repositorySpec;
  return { root, specPath, prismCli: prismCli(root, moduleUrl) };
}

/** The packed spec as a plain file Prism can read; written atomically, reused while the content is the same. */
function unpacked(packedSpec: string): string {
  const packed = readFileSync(packedSpec);
  const hash = createHash('sha256').update(packed).digest('hex').slice(0, 16);
  const directory = join(tmpdir(), 'liveavatar-mock');
  const target = join(directory, `openapi.fixed.${hash}.json`);
  if (existsSync(target)) return target;
  mkdirSync(directory, { recursive: true });
  const temporary = `${target}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, gunzipSync(packed));
  renameSync(temporary, target);
  return target;
}

function prismCli(root: string, moduleUrl: string): string | undefined {
  // In this repository, the .bin link as always (the mock's tests find Prism's process by it).
  const local = join(root, 'node_modules/.bin/prism');
  if (existsSync(local)) return local;
  try {
    const manifest = createRequire(moduleUrl).resolve('@stoplight/prism-cli/package.json');
    return join(dirname(manifest), 'dist/index.js');
  } catch {
    return undefined;
  }
}
