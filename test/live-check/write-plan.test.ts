// Which writes --allow-writes plans, on a frozen fixture spec holding one of each case: a resource it can create
// and delete (with a read and an update), a nested delete, a create whose body it cannot fill, a write with no
// delete, and a write on a resource no create makes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveMetadata } from '../../scripts/pipeline/operations.ts';
import { planWrites } from '../../scripts/live-check/write-plan.ts';

const spec = JSON.parse(readFileSync('test/fixtures/live-check-writes/openapi.json', 'utf8')) as Record<
  string,
  unknown
>;
const { operations } = deriveMetadata(spec);
const reasonFor = (plan: ReturnType<typeof planWrites>, key: string) =>
  plan.skipped.find((skipped) => skipped.operation === key)?.reason;

describe('planWrites', () => {
  const plan = planWrites(spec, operations);

  it('groups a create with the read, update and delete of its item path, in life order', () => {
    expect(plan.groups).toHaveLength(1);
    const [group] = plan.groups;
    expect(group?.collection).toBe('/things');
    expect(group?.idName).toBe('thing_id');
    expect(group?.create.operation.key).toBe('POST /things');
    expect(group?.read?.operation.key).toBe('GET /things/{thing_id}');
    expect(group?.updates.map((step) => step.operation.key)).toEqual(['PATCH /things/{thing_id}']);
    expect(group?.remove.operation.key).toBe('DELETE /things/{thing_id}');
  });

  it("takes the media type's own example first, else samples the schema without read-only fields", () => {
    const [group] = plan.groups;
    expect(group?.create.body).toEqual({ name: 'from the example' });
    expect(group?.updates[0]?.body).toEqual({ name: 'from the schema', size: 3 });
    expect(group?.remove.body).toBeUndefined();
  });

  it('lists every other write with the reason it is not sent', () => {
    expect(reasonFor(plan, 'DELETE /things/{thing_id}/parts')).toBe(
      'acts on `{thing_id}`, an id of a resource this check does not create',
    );
    expect(reasonFor(plan, 'POST /uploads')).toMatch(
      /^its resource cannot be created and deleted: needs a multipart\/form-data body/,
    );
    expect(reasonFor(plan, 'DELETE /uploads/{upload_id}')).toMatch(
      /^its resource cannot be created and deleted/,
    );
    expect(reasonFor(plan, 'POST /jobs/start')).toBe(
      'a write with no matching `DELETE /jobs/start/{id}`: what it creates could not be removed',
    );
    expect(reasonFor(plan, 'PUT /shared/{shared_id}')).toBe(
      'acts on `{shared_id}`, an id of a resource this check does not create',
    );
    const accounted = new Set([
      ...plan.skipped.map((skipped) => skipped.operation),
      ...plan.groups.flatMap((group) =>
        [group.create, group.read, ...group.updates, group.remove].map((step) => step?.operation.key),
      ),
    ]);
    for (const operation of operations.filter((candidate) => candidate.method !== 'GET'))
      expect(accounted, operation.key).toContain(operation.key);
  });

  it('--only keeps a selected step with its create and delete, and drops the rest', () => {
    const only = planWrites(spec, operations, new Set(['update_thing']));
    expect(only.groups.map((group) => group.create.operation.key)).toEqual(['POST /things']);
    expect(only.groups[0]?.read).toBeUndefined();
    expect(reasonFor(only, 'GET /things/{thing_id}')).toBe('not in --only');
    expect(reasonFor(only, 'POST /jobs/start')).toBe('not in --only');
    expect(planWrites(spec, operations, new Set(['start_job'])).groups).toEqual([]);
  });
});
