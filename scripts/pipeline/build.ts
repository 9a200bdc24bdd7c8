import path from 'node:path';
import { PipelineError } from './errors.ts';
import { readJsonFile } from './read-json.ts';
import { applyOverlay, readOverlay } from './overlay.ts';
import type { AppliedAction } from './overlay.ts';
import { lintSpec, loadLintConfig } from './lint.ts';
import { renderServedSpec, reusableServedSpec, servedSpecKey } from './served-spec.ts';
import type { ServedSpec } from './served-spec.ts';
import type { LintFinding } from './lint.ts';
import { deriveMetadata } from './operations.ts';
import type { ApiMetadata } from './operations.ts';
import { emitClientMetadataModule, emitOperationsModule } from './emit.ts';
import { emitSecurityMapModule } from './security-map.ts';
import { emitMockDataModule } from './mock-data.ts';
import { startTypesGenerator } from './types-generator.ts';
import type { TypesGenerator } from './types-generator.ts';
import { reusableTypes, stampTypes, typesInputKey } from './types-cache.ts';
import {
  renderValidators,
  renderValidatorTypes,
  reusableValidators,
  validatorsKey,
  VALIDATORS_FILE,
  VALIDATORS_TYPES_FILE,
} from './response-validators.ts';

export interface PipelineInputs {
  /** Project root; the other paths are relative to it. */
  root: string;
  spec?: string;
  overlay?: string;
  lintConfig?: string;
  /**
   * Reuse generated/schema.d.ts and the served spec's mock examples when their recorded input hashes match
   * (generate: yes; the freshness check: no).
   */
  reuse?: boolean;
}

export interface PipelineResult {
  /** Relative path under the root → file content. Nothing is written by the build itself. */
  files: Map<string, string>;
  upstreamFindings: LintFinding[];
  fixedFindings: LintFinding[];
  applied: AppliedAction[];
  metadata: ApiMetadata;
  /** JSON responses given a generated mock example; undefined when the served spec was reused unchanged. */
  mockExamples: number | undefined;
}

export const GENERATED_DIR = 'generated';
export const FIXED_SPEC_FILE = `${GENERATED_DIR}/openapi.fixed.json`;
export const TYPES_FILE = `${GENERATED_DIR}/schema.d.ts`;

/** Runs the whole pipeline in memory; a failure throws before any file is touched. */
export async function buildGenerated(inputs: PipelineInputs): Promise<PipelineResult> {
  const at = (file: string) => path.resolve(inputs.root, file);
  const key = await typesInputKey([
    at(inputs.spec ?? 'openapi.json'),
    at(inputs.overlay ?? 'fixups.overlay.yaml'),
  ]);
  const cached = inputs.reuse ? await reusableTypes(at(TYPES_FILE), key) : undefined;
  // Started before linting, so loading openapi-typescript overlaps the rest of the pipeline (2 cores).
  const typesGenerator = cached === undefined ? startTypesGenerator() : undefined;
  try {
    return await buildWith(inputs, {
      types: async (fixed) =>
        cached ?? stampTypes(await (typesGenerator as TypesGenerator).generate(fixed), key),
      served: async (fixed, label) => {
        const servedKey = await servedSpecKey(fixed);
        const reusable = inputs.reuse ? await reusableServedSpec(at(FIXED_SPEC_FILE), servedKey) : undefined;
        return reusable ?? renderServedSpec(fixed, label, servedKey);
      },
      validators: async (fixed) => {
        const key = await validatorsKey(fixed);
        const reusable = inputs.reuse ? await reusableValidators(at(VALIDATORS_FILE), key) : undefined;
        return reusable ?? renderValidators(fixed as Record<string, unknown>, key);
      },
    });
  } finally {
    await typesGenerator?.close();
  }
}

/** How the two expensive outputs are made (or reused) from the fixed spec. */
interface Generators {
  types(fixed: unknown): Promise<string>;
  served(fixed: unknown, label: string): Promise<ServedSpec>;
  /** generated/response-validators.js, for `liveavatar-client/validate`. */
  validators(fixed: unknown): Promise<string>;
}

async function buildWith(inputs: PipelineInputs, generators: Generators): Promise<PipelineResult> {
  const specFile = inputs.spec ?? 'openapi.json';
  const overlayFile = inputs.overlay ?? 'fixups.overlay.yaml';
  const at = (file: string) => path.resolve(inputs.root, file);

  const [{ text: upstreamText, value: upstream }, overlay, lintConfig] = await Promise.all([
    readJsonFile(at(specFile)).catch(relabel(specFile)),
    readOverlay(at(overlayFile)).catch(relabel(overlayFile)),
    loadLintConfig(at(inputs.lintConfig ?? 'redocly.yaml')).catch(
      relabel(inputs.lintConfig ?? 'redocly.yaml'),
    ),
  ]);
  assertOpenApi3(specFile, upstream);

  const upstreamFindings = await lintSpec(lintConfig, specFile, upstreamText);
  const { document: fixed, applied } = applyOverlay(upstream, overlay, overlayFile);
  const fixedLabel = `${specFile} (after ${overlayFile})`;
  const fixedFindings = await lintSpec(lintConfig, fixedLabel, `${JSON.stringify(fixed, null, 2)}\n`);
  assertNoLintErrors(fixedLabel, fixedFindings);
  // What Prism serves: the fixed spec plus a validated mock example for every JSON response.
  const [served, validators] = await Promise.all([
    generators.served(fixed, fixedLabel),
    generators.validators(fixed),
  ]);

  const metadata = deriveMetadata(fixed as Record<string, unknown>);
  // Types come from the same schemas without the examples, which never affect them (and are not in the cache key).
  const types = await generators.types(fixed).catch((error: unknown) => {
    throw new PipelineError(fixedLabel, '', `openapi-typescript failed: ${(error as Error).message}`);
  });
  const files = new Map<string, string>([
    [FIXED_SPEC_FILE, served.text],
    [TYPES_FILE, types],
    [`${GENERATED_DIR}/operations.ts`, emitOperationsModule(metadata)],
    [`${GENERATED_DIR}/client-metadata.ts`, emitClientMetadataModule(metadata)],
    [`${GENERATED_DIR}/security-map.ts`, emitSecurityMapModule(metadata)],
    [VALIDATORS_FILE, validators],
    [VALIDATORS_TYPES_FILE, renderValidatorTypes()],
    [`${GENERATED_DIR}/mock-data.ts`, emitMockDataModule(served.text)],
  ]);
  return { files, upstreamFindings, fixedFindings, applied, metadata, mockExamples: served.examples };
}

function assertNoLintErrors(label: string, findings: LintFinding[]): void {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const [first] = errors;
  if (first === undefined) return;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more lint errors)` : '';
  throw new PipelineError(label, first.pointer, `[${first.rule}] ${first.message}${more}`);
}

function assertOpenApi3(file: string, value: unknown): void {
  const document = value as Record<string, unknown> | null;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new PipelineError(file, '#/', 'expected an OpenAPI document (a JSON object)');
  }
  if (typeof document.openapi !== 'string' || !/^3\.\d+\.\d+/.test(document.openapi)) {
    throw new PipelineError(
      file,
      '#/openapi',
      `expected an OpenAPI 3.x version string, got ${JSON.stringify(document.openapi)}`,
    );
  }
  if (typeof document.paths !== 'object' || document.paths === null) {
    throw new PipelineError(file, '#/paths', 'expected a paths object');
  }
}

/** Keeps error messages relative to the project root rather than absolute machine paths. */
function relabel(file: string) {
  return (error: unknown): never => {
    if (error instanceof PipelineError) throw new PipelineError(file, error.location, error.problem);
    throw error;
  };
}
