// The type-level security map the pipeline generates, on frozen fixtures and small in-memory specs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGenerated } from '../../scripts/pipeline/build.ts';
import { deriveMetadata } from '../../scripts/pipeline/operations.ts';
import { emitSecurityMapModule } from '../../scripts/pipeline/security-map.ts';
import { PROJECT_ROOT } from './temp-project.ts';

// mini-api's generated/ is checked the same way by generate-output.test.ts, on the full build it needs anyway.
const FIXTURES = ['test/fixtures/credentials-api'];

/** The `path: { method: alternatives }` lines of an emitted map, without its header and comments. */
function body(module: string): string {
  return module.slice(module.indexOf('export interface SecurityMap {'));
}

/** A one-operation spec with the given schemes and security. */
function specWith(schemes: Record<string, unknown>, security: unknown): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    components: { securitySchemes: schemes },
    paths: { '/things': { get: { security, responses: { '204': { description: 'ok' } } } } },
  };
}

const KEY = { type: 'apiKey', in: 'header', name: 'X-Key' };
const BEARER = { type: 'http', scheme: 'bearer' };

describe('generated/security-map.ts', () => {
  it('on the credentials fixture: every security shape, per path and method, alternatives in spec order', async () => {
    const root = path.join(PROJECT_ROOT, 'test/fixtures/credentials-api');
    const spec = JSON.parse(await readFile(path.join(root, 'openapi.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(body(emitSecurityMapModule(deriveMetadata(spec)))).toBe(`export interface SecurityMap {
  "/catalog": {
    get: [];
  };
  "/secrets": {
    get: [["apiKey"]];
    post: [["apiKey"]];
  };
  "/secrets/{secret_id}": {
    delete: [["apiKey"]];
  };
  "/sessions/keep-alive": {
    post: [["apiKey"], ["sessionToken"]];
  };
  "/sessions/start": {
    post: [["sessionToken"]];
  };
  "/sessions/stop": {
    post: [["sessionToken"], ["apiKey"]];
  };
  "/status": {
    get: [];
  };
  "/transfers": {
    post: [["apiKey", "sessionToken"]];
  };
}
`);
  });

  it('maps schemes by the client rule: two API-key schemes are one credential; others are named unsupported', () => {
    const twoKeys = specWith({ A: KEY, B: { ...KEY, name: 'X-Other' } }, [{ A: [] }, { B: [] }]);
    expect(body(emitSecurityMapModule(deriveMetadata(twoKeys)))).toContain('get: [["apiKey"]];');
    const oauth = specWith({ OAuth: { type: 'oauth2', flows: {} }, Bearer: BEARER }, [
      { OAuth: [] },
      { Bearer: [] },
    ]);
    expect(body(emitSecurityMapModule(deriveMetadata(oauth)))).toContain(
      'get: [["unsupported scheme OAuth"], ["sessionToken"]];',
    );
    const queryKey = specWith({ Q: { ...KEY, in: 'query' } }, [{ Q: [] }]);
    expect(body(emitSecurityMapModule(deriveMetadata(queryKey)))).toContain(
      'get: [["unsupported scheme Q"]];',
    );
  });

  it('an empty alternative ({}) makes the operation public; so does inherited empty security', () => {
    const optional = specWith({ A: KEY }, [{ A: [] }, {}]);
    expect(body(emitSecurityMapModule(deriveMetadata(optional)))).toContain('get: [];');
    const inherited = { ...specWith({ A: KEY }, undefined), security: [] };
    expect(body(emitSecurityMapModule(deriveMetadata(inherited)))).toContain('get: [];');
    const global = { ...specWith({ A: KEY, B: BEARER }, undefined), security: [{ B: [], A: [] }] };
    expect(body(emitSecurityMapModule(deriveMetadata(global)))).toContain(
      'get: [["apiKey", "sessionToken"]];',
    );
  });

  it.each(FIXTURES)(
    '%s/generated is what the pipeline produces (regenerate with npm run generate:fixtures)',
    async (fixture) => {
      const root = path.join(PROJECT_ROOT, fixture);
      const { files } = await buildGenerated({ root });
      expect([...files.keys()]).toContain('generated/security-map.ts');
      for (const [relative, expected] of files) {
        expect(await readFile(path.join(root, relative), 'utf8'), `${fixture}/${relative}`).toBe(expected);
      }
    },
    60_000,
  );
});
