// A response that may come as FastAPI's `{detail: [...]}` or as the API's error envelope (a 422 after the
// fix-ups) gets both examples: the envelope first, since that is what the live API sends (Prism answers with a
// media type's first example), and the detail form under `mock`. The envelope's message reads like the live
// one (`Request validation errors. body.mode: Field required`), built from the same detail items.
import { resolvePointer } from './json-pointer.ts';

type Json = Record<string, unknown>;

export const ENVELOPE_EXAMPLE_NAME = 'envelope';
/** The live API's code for a request it could not validate (public report on POST /v1/sessions/token). */
const VALIDATION_CODE = 4000;

/** The envelope form of `value`, when the schema admits an envelope and `value` is the detail form. */
export function envelopeAlternative(document: Json, schema: Json, value: unknown): Json | undefined {
  if (!isObject(value) || !Array.isArray(value.detail) || 'code' in value) return undefined;
  const branches = branchesOf(document, schema);
  const envelope = branches.find((branch) => {
    const properties = isObject(branch.properties) ? branch.properties : {};
    return 'code' in properties && 'message' in properties && !('detail' in properties);
  });
  if (envelope === undefined) return undefined;
  const problems = value.detail.filter(isObject).map((item) => {
    const loc = Array.isArray(item.loc) ? item.loc.map(String).join('.') : '';
    return `${loc}: ${typeof item.msg === 'string' ? item.msg : 'invalid'}`;
  });
  return { code: VALIDATION_CODE, data: null, message: `Request validation errors. ${problems.join('; ')}` };
}

function branchesOf(document: Json, schema: Json): Json[] {
  const resolved = deref(document, schema);
  const list = [resolved.anyOf, resolved.oneOf].find(Array.isArray) ?? [];
  return list.map((branch) => deref(document, branch));
}

function deref(document: Json, node: unknown): Json {
  let value: unknown = node;
  for (let depth = 0; isObject(value) && typeof value.$ref === 'string' && depth < 16; depth++) {
    value = resolvePointer(document, value.$ref);
  }
  return isObject(value) ? value : {};
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
