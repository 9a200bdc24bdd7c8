// What an editor shows on hovering a call (TypeScript's quick info, as VS Code asks for it): the init by its
// alias, CallInit<paths, path, method>, and the operation's data type as the schema itself, the same text as
// hovering a value typed with the schema, never the conditional types that compute it. Frozen fixture operations.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSnippetService } from './support/snippet-service.ts';
import type { SnippetService } from './support/snippet-service.ts';

const FILE = 'test/types/__hover.snippet.ts';
const SOURCE = `import { createFrozenClient } from '../support/frozen-api.ts';
import type { FrozenSchemas } from '../support/frozen-api.ts';
const client = createFrozenClient({ apiKey: 'key' });
export const avatar = await client.GET('/v1/avatars/{avatar_id}', { params: { path: { avatar_id: 'x' } } });
export const details = await client.withResponse.POST('/v1/sessions/token', { body: { mode: 'LITE', avatar_id: 'x' } });
declare const schemaAvatar: FrozenSchemas['AvatarSchema'];
declare const schemaToken: FrozenSchemas['SDKSessionTokenSchema'];
export { schemaAvatar, schemaToken };
`;

/** The machinery a hover must not show: the conditional types and openapi-fetch's init helpers. */
const MACHINERY = / extends |Unwrap<|SuccessBody<|OperationData<|MaybeOptionalInit<|FacadeOwned|InitArgs</;

let service: SnippetService;
beforeAll(() => {
  service = createSnippetService({ [FILE]: SOURCE });
}, 120_000);

const typeOf = (hover: string, name: string) => hover.replace(`const ${name}: `, '');

describe('hovering a call', () => {
  it('the verb: one type argument (the path), the init as CallInit<…>, the data type as the schema', () => {
    const hover = service.hoverAt(FILE, "GET('/v1/avatars");
    expect(hover).toMatch(
      /\.GET: <"\/v1\/avatars\/\{avatar_id\}">\(path: "\/v1\/avatars\/\{avatar_id\}", init: CallInit<paths, "\/v1\/avatars\/\{avatar_id\}", "get">\) => Promise<\{/,
    );
    expect(hover).not.toMatch(MACHINERY);
    expect(hover).toContain(`Promise<${typeOf(service.hoverAt(FILE, 'schemaAvatar:'), 'schemaAvatar')}>`);
  });

  it('the result: the schema, exactly as a value declared with it shows', () => {
    expect(typeOf(service.hoverAt(FILE, 'avatar ='), 'avatar')).toBe(
      typeOf(service.hoverAt(FILE, 'schemaAvatar:'), 'schemaAvatar'),
    );
  });

  it('withResponse: ResponseDetails of the schema', () => {
    const hover = service.hoverAt(FILE, "POST('/v1/sessions/token'");
    expect(hover).toContain('init: CallInit<paths, "/v1/sessions/token", "post">');
    expect(hover).not.toMatch(MACHINERY);
    expect(typeOf(service.hoverAt(FILE, 'details ='), 'details')).toBe(
      `ResponseDetails<${typeOf(service.hoverAt(FILE, 'schemaToken:'), 'schemaToken')}>`,
    );
  });
});
