import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../scripts/spec-update/diff.ts';
import type { SpecComparison } from '../../scripts/spec-update/diff.ts';
import { child, readFullSpec, schema } from './spec-fixtures.ts';
import type { JsonObject } from './spec-fixtures.ts';

/** Compares the November 2026 document with a copy changed by `mutate`. */
function compareWith(mutate: (document: JsonObject) => void): SpecComparison {
  const before = readFullSpec();
  const after = structuredClone(before);
  mutate(after);
  return compareSpecs(before, after);
}

function breakingOf(comparison: SpecComparison) {
  return comparison.breaking.map(({ operation, breakingRule, message }) => ({
    operation,
    breakingRule,
    message,
  }));
}

function properties(document: JsonObject, schemaName: string): JsonObject {
  return child(schema(document, schemaName), 'properties');
}

function parameters(document: JsonObject, path: string, method: string): JsonObject[] {
  return child(document, 'paths', path, method, 'parameters') as unknown as JsonObject[];
}

describe('breaking changes are flagged, naming the operation and the field', () => {
  it('removed operation', () => {
    const comparison = compareWith((document) => {
      delete child(document, 'paths', '/v1/secrets/{secret_id}').delete;
    });
    expect(comparison.removed).toEqual([{ key: 'DELETE /v1/secrets/{secret_id}', summary: 'Delete Secret' }]);
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'DELETE /v1/secrets/{secret_id}',
        breakingRule: 'removed operation',
        message: 'DELETE /v1/secrets/{secret_id}: operation removed',
      },
    ]);
  });

  it('removed response field, found through the envelope’s anyOf and a $ref', () => {
    const comparison = compareWith((document) => {
      delete properties(document, 'CreateSecretResponseSchema').secret_name;
      schema(document, 'CreateSecretResponseSchema').required = ['id'];
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'POST /v1/secrets',
        breakingRule: 'removed response field',
        message: 'POST /v1/secrets: response 200 field `data.secret_name`: removed',
      },
    ]);
  });

  it('removed response field inside array items', () => {
    const comparison = compareWith((document) => {
      delete properties(document, 'SecretListItemSchema').created_at;
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'GET /v1/secrets',
        breakingRule: 'removed response field',
        message: 'GET /v1/secrets: response 200 field `data[].created_at`: removed',
      },
    ]);
  });

  it('a response field that is no longer required counts as removed (it may be absent)', () => {
    const comparison = compareWith((document) => {
      schema(document, 'CreateSecretResponseSchema').required = ['id'];
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'POST /v1/secrets',
        breakingRule: 'removed response field',
        message: 'POST /v1/secrets: response 200 field `data.secret_name`: no longer required',
      },
    ]);
  });

  it('new required request body property', () => {
    const comparison = compareWith((document) => {
      properties(document, 'CreateSecretRequestSchema').owner = { type: 'string' };
      (schema(document, 'CreateSecretRequestSchema').required as string[]).push('owner');
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'POST /v1/secrets',
        breakingRule: 'new required request field',
        message: 'POST /v1/secrets: request body field `owner`: added (required)',
      },
    ]);
  });

  it('new required property in one oneOf branch of a request body', () => {
    const comparison = compareWith((document) => {
      properties(document, 'LiteSDKSessionTokenConfigDataSchema').region = { type: 'string' };
      schema(document, 'LiteSDKSessionTokenConfigDataSchema').required = ['region'];
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'POST /v1/sessions/token',
        breakingRule: 'new required request field',
        message:
          'POST /v1/sessions/token: request body field `<LiteSDKSessionTokenConfigDataSchema>.region`: added (required)',
      },
    ]);
  });

  it('existing optional request body property becomes required', () => {
    const comparison = compareWith((document) => {
      properties(document, 'CreateSecretRequestSchema').note = { type: 'string' };
    });
    const before = readFullSpec();
    properties(before, 'CreateSecretRequestSchema').note = { type: 'string' };
    const after = structuredClone(before);
    (schema(after, 'CreateSecretRequestSchema').required as string[]).push('note');
    expect(comparison.breaking).toEqual([]);
    expect(breakingOf(compareSpecs(before, after))).toEqual([
      {
        operation: 'POST /v1/secrets',
        breakingRule: 'new required request field',
        message: 'POST /v1/secrets: request body field `note`: now required',
      },
    ]);
  });

  it('new required parameter, and an optional parameter becoming required', () => {
    const comparison = compareWith((document) => {
      parameters(document, '/v1/avatars', 'get').push({
        name: 'space_id',
        in: 'query',
        required: true,
        schema: { type: 'string' },
      });
      const page = parameters(document, '/v1/voices', 'get').find((parameter) => parameter.name === 'page');
      if (!page) throw new Error('GET /v1/voices has no page parameter');
      page.required = true;
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'GET /v1/avatars',
        breakingRule: 'new required request field',
        message: 'GET /v1/avatars: query parameter `space_id`: added (required)',
      },
      {
        operation: 'GET /v1/voices',
        breakingRule: 'new required request field',
        message: 'GET /v1/voices: query parameter `page`: now required',
      },
    ]);
  });

  it('narrowed enum in a request (the shared enum’s response use is reported, not flagged)', () => {
    const comparison = compareWith((document) => {
      schema(document, 'SecretTypeEnum').enum = ['OPENAI_API_KEY', 'ELEVENLABS_API_KEY'];
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'POST /v1/secrets',
        breakingRule: 'narrowed request enum',
        message: 'POST /v1/secrets: request body field `secret_type`: enum values removed: "GEMINI_API_KEY"',
      },
    ]);
    const listSecrets = comparison.changed.find((operation) => operation.key === 'GET /v1/secrets');
    expect(listSecrets?.changes.map((change) => [change.message, change.breakingRule])).toEqual([
      [
        'GET /v1/secrets: response 200 field `data[].secret_type`: enum values removed: "GEMINI_API_KEY"',
        undefined,
      ],
    ]);
  });

  it('a required request body where there was none', () => {
    const comparison = compareWith((document) => {
      child(document, 'paths', '/v1/sessions/start', 'post').requestBody = {
        required: true,
        content: { 'application/json': { schema: { type: 'object' } } },
      };
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'POST /v1/sessions/start',
        breakingRule: 'new required request field',
        message: 'POST /v1/sessions/start: request body: changed from none to required',
      },
    ]);
  });

  it('changed auth on one operation', () => {
    const comparison = compareWith((document) => {
      child(document, 'paths', '/v1/secrets', 'post').security = [{ HTTPBearer: [] }];
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'POST /v1/secrets',
        breakingRule: 'changed auth',
        message: 'POST /v1/secrets: security changed from APIKeyHeader to HTTPBearer',
      },
    ]);
  });

  it('changed auth through the global default (operations that declare none inherit it)', () => {
    const comparison = compareWith((document) => {
      document.security = [{ APIKeyHeader: [] }];
    });
    expect(breakingOf(comparison).map((change) => change.message)).toEqual([
      'GET /v1/avatars/public: security changed from none to APIKeyHeader',
      'GET /v1/languages: security changed from none to APIKeyHeader',
    ]);
  });

  it('changed success code', () => {
    const comparison = compareWith((document) => {
      const responses = child(document, 'paths', '/v1/memory/{memory_id}', 'delete', 'responses');
      responses['200'] = responses['204'];
      delete responses['204'];
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'DELETE /v1/memory/{memory_id}',
        breakingRule: 'changed success code',
        message: 'DELETE /v1/memory/{memory_id}: success status changed from 204 to 200',
      },
    ]);
  });

  it('changed field type, in a response and in a request', () => {
    const comparison = compareWith((document) => {
      properties(document, 'CreateSecretResponseSchema').id = { type: 'integer', title: 'Id' };
      properties(document, 'CreateSecretRequestSchema').secret_value = { type: 'integer' };
    });
    expect(breakingOf(comparison)).toEqual([
      {
        operation: 'POST /v1/secrets',
        breakingRule: 'changed field type',
        message: 'POST /v1/secrets: request body field `secret_value`: type changed from string to integer',
      },
      {
        operation: 'POST /v1/secrets',
        breakingRule: 'changed field type',
        message: 'POST /v1/secrets: response 200 field `data.id`: type changed from string to integer',
      },
    ]);
  });

  it('a response field that may now be null is a changed type', () => {
    const comparison = compareWith((document) => {
      properties(document, 'CreateSecretResponseSchema').id = {
        anyOf: [{ type: 'string' }, { type: 'null' }],
      };
    });
    expect(breakingOf(comparison).map((change) => change.message)).toEqual([
      'POST /v1/secrets: response 200 field `data.id`: type changed from string to null | string',
    ]);
  });

  it('a request body variant removed from a oneOf', () => {
    const comparison = compareWith((document) => {
      const body = child(document, 'paths', '/v1/sessions/token', 'post', 'requestBody', 'content');
      const bodySchema = child(body, 'application/json', 'schema');
      bodySchema.oneOf = (bodySchema.oneOf as unknown[]).slice(0, 1);
    });
    expect(breakingOf(comparison).map((change) => [change.breakingRule, change.message])).toEqual([
      [
        'changed field type',
        'POST /v1/sessions/token: request body: variant LiteSDKSessionTokenConfigDataSchema removed',
      ],
    ]);
  });
});

describe('changes that keep existing clients working are reported, not flagged', () => {
  it('added optional request field', () => {
    const comparison = compareWith((document) => {
      properties(document, 'CreateSecretRequestSchema').note = { type: 'string' };
    });
    expect(comparison.breaking).toEqual([]);
    expect(comparison.changed.map((operation) => operation.changes.map((change) => change.message))).toEqual([
      ['POST /v1/secrets: request body field `note`: added (optional)'],
    ]);
  });

  it('added enum value in a response', () => {
    const comparison = compareWith((document) => {
      (schema(document, 'AvatarStatusEnum').enum as string[]).push('ARCHIVED');
    });
    expect(comparison.breaking).toEqual([]);
    expect(
      comparison.changed.flatMap((operation) => operation.changes.map((change) => change.message)),
    ).toEqual([
      'GET /v1/avatars: response 200 field `data.results[].status`: enum values added: "ARCHIVED" (may break exhaustive switches)',
      'GET /v1/avatars/{avatar_id}: response 200 field `data.status`: enum values added: "ARCHIVED" (may break exhaustive switches)',
      'PATCH /v1/avatars/{avatar_id}: response 200 field `data.status`: enum values added: "ARCHIVED" (may break exhaustive switches)',
      'GET /v1/avatars/public: response 200 field `data.results[].status`: enum values added: "ARCHIVED" (may break exhaustive switches)',
    ]);
  });

  it('added operation', () => {
    const comparison = compareWith((document) => {
      const item = child(document, 'paths', '/v1/secrets/{secret_id}');
      item.get = {
        ...structuredClone(child(item, 'delete')),
        operationId: 'get_secret',
        summary: 'Get Secret',
      };
    });
    expect(comparison).toEqual({
      added: [{ key: 'GET /v1/secrets/{secret_id}', summary: 'Get Secret' }],
      removed: [],
      changed: [],
      breaking: [],
    });
  });

  it('a request body dropped altogether (reported once, not as a removed media type)', () => {
    const comparison = compareWith((document) => {
      delete child(document, 'paths', '/v1/sessions/stop', 'post').requestBody;
    });
    expect(comparison.breaking).toEqual([]);
    expect(
      comparison.changed.flatMap((operation) => operation.changes.map((change) => change.message)),
    ).toEqual(['POST /v1/sessions/stop: request body: changed from optional to none']);
  });

  it('a widened request enum and a removed optional parameter', () => {
    const comparison = compareWith((document) => {
      (schema(document, 'SecretTypeEnum').enum as string[]).push('MISTRAL_API_KEY');
      const list = child(document, 'paths', '/v1/secrets', 'get');
      list.parameters = [];
    });
    expect(comparison.breaking).toEqual([]);
    expect(
      comparison.changed.flatMap((operation) => operation.changes.map((change) => change.message)),
    ).toEqual([
      'GET /v1/secrets: cookie parameter `la_session`: removed',
      'GET /v1/secrets: response 200 field `data[].secret_type`: enum values added: "MISTRAL_API_KEY" (may break exhaustive switches)',
      'POST /v1/secrets: request body field `secret_type`: enum values added: "MISTRAL_API_KEY"',
    ]);
  });

  it('auth widened: an added alternative, or a credential no longer needed', () => {
    const comparison = compareWith((document) => {
      child(document, 'paths', '/v1/secrets', 'post').security = [{ APIKeyHeader: [] }, { HTTPBearer: [] }];
      child(document, 'paths', '/v1/sessions/stop', 'post').security = [];
    });
    expect(comparison.breaking).toEqual([]);
    expect(
      comparison.changed.flatMap((operation) => operation.changes.map((change) => change.message)),
    ).toEqual([
      'POST /v1/secrets: security widened from APIKeyHeader to APIKeyHeader | HTTPBearer (every credential that worked still does)',
      'POST /v1/sessions/stop: security widened from APIKeyHeader | HTTPBearer to none (every credential that worked still does)',
    ]);
  });

  it('newly deprecated operation, parameter and field: listed, not breaking', () => {
    const comparison = compareWith((document) => {
      child(document, 'paths', '/v1/languages', 'get').deprecated = true;
      const page = parameters(document, '/v1/voices', 'get').find((parameter) => parameter.name === 'page');
      page!.deprecated = true;
      const body = schema(document, 'CreateSecretRequestSchema');
      body.required = (body.required as string[]).filter((name) => name !== 'secret_value');
      properties(document, 'CreateSecretRequestSchema').secret_value = { type: 'string', deprecated: true };
    });
    expect(comparison.breaking).toEqual([]);
    expect(
      comparison.changed.flatMap((operation) => operation.changes.map((change) => change.message)),
    ).toEqual([
      'GET /v1/languages: deprecated',
      'POST /v1/secrets: request body field `secret_value`: no longer required',
      'POST /v1/secrets: request body field `secret_value`: deprecated',
      'GET /v1/voices: query parameter `page`: deprecated',
    ]);
  });
});

describe('auth that only narrows or replaces is breaking', () => {
  it('either scheme → one of them', () => {
    const comparison = compareWith((document) => {
      child(document, 'paths', '/v1/sessions/stop', 'post').security = [{ APIKeyHeader: [] }];
    });
    expect(breakingOf(comparison).map((change) => [change.breakingRule, change.message])).toEqual([
      [
        'changed auth',
        'POST /v1/sessions/stop: security changed from APIKeyHeader | HTTPBearer to APIKeyHeader',
      ],
    ]);
  });

  it('one scheme → both together', () => {
    const comparison = compareWith((document) => {
      child(document, 'paths', '/v1/secrets', 'post').security = [{ APIKeyHeader: [], HTTPBearer: [] }];
    });
    expect(breakingOf(comparison).map((change) => change.breakingRule)).toEqual(['changed auth']);
  });
});

describe('recursive schemas', () => {
  it('terminates on self- and mutually-recursive schemas and still finds the change', () => {
    const before = readFullSpec();
    // CreateSecretResponseSchema → parent (itself) and → owner (Owner) → secret (CreateSecretResponseSchema).
    properties(before, 'CreateSecretResponseSchema').parent = {
      $ref: '#/components/schemas/CreateSecretResponseSchema',
    };
    properties(before, 'CreateSecretResponseSchema').owner = {
      anyOf: [{ $ref: '#/components/schemas/Owner' }, { type: 'null' }],
    };
    child(before, 'components', 'schemas').Owner = {
      type: 'object',
      properties: {
        secret: { $ref: '#/components/schemas/CreateSecretResponseSchema' },
        name: { type: 'string' },
      },
    };
    const after = structuredClone(before);
    delete properties(after, 'Owner').name;

    expect(breakingOf(compareSpecs(before, after)).map((change) => change.message)).toEqual([
      'POST /v1/secrets: response 200 field `data.owner.name`: removed',
    ]);
  });
});
