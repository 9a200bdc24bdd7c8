import { describe, expect, it } from 'vitest';
import { deriveMetadata } from '../../scripts/pipeline/operations.ts';
import { compareSpecs } from '../../scripts/spec-update/diff.ts';
import { readFullSpec, readSnapshotSpec } from './spec-fixtures.ts';

describe('comparing the real upstream versions', () => {
  it('snapshot (POST /v1/secrets only) → full document: the other 38 operations added, nothing breaking', () => {
    const full = readFullSpec();
    const comparison = compareSpecs(readSnapshotSpec(), full);

    const expectedAdded = deriveMetadata(full)
      .operations.map((operation) => operation.key)
      .filter((key) => key !== 'POST /v1/secrets');
    expect(expectedAdded).toHaveLength(38);
    expect(comparison.added.map((operation) => operation.key)).toEqual(expectedAdded);
    expect(comparison.added.find((operation) => operation.key === 'POST /v1/sessions/token')?.summary).toBe(
      'Create Session Token',
    );
    // The page's fragment is the same operation the full document carries, unchanged.
    expect(comparison.changed).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(comparison.breaking).toEqual([]);
  });

  it('full document → snapshot: 38 removed operations, each flagged as breaking', () => {
    const comparison = compareSpecs(readFullSpec(), readSnapshotSpec());

    expect(comparison.removed).toHaveLength(38);
    expect(comparison.breaking).toHaveLength(38);
    expect(comparison.breaking.every((change) => change.breakingRule === 'removed operation')).toBe(true);
    expect(comparison.breaking.map((change) => change.message)).toContain(
      'DELETE /v1/memory/{memory_id}: operation removed',
    );
  });

  it('reports nothing between two copies of the same document', () => {
    expect(compareSpecs(readFullSpec(), readFullSpec())).toEqual({
      added: [],
      removed: [],
      changed: [],
      breaking: [],
    });
  });
});
