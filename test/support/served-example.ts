// What the mock answers by default for a response: the first example of its application/json media type (Prism's
// choice), read from the served spec, so a test never spells out today's data.
import { isObject, locate, operationPointer, pointerTo } from './spec.ts';
import type { OpenApiDocument } from './spec.ts';

/** The value of the first example of the JSON response, or undefined when it declares none. */
export function servedExample(spec: OpenApiDocument, path: string, method: string, status: number): unknown {
  const responses = locate(spec, `${operationPointer(path, method)}/responses`).node;
  if (!isObject(responses[String(status)])) return undefined;
  const content = locate(spec, pointerTo(`${operationPointer(path, method)}/responses`, status)).node.content;
  const mediaType = isObject(content) ? content['application/json'] : undefined;
  if (!isObject(mediaType)) return undefined;
  if ('example' in mediaType) return mediaType.example;
  const [first] = isObject(mediaType.examples) ? Object.values(mediaType.examples) : [];
  return isObject(first) ? first.value : undefined;
}
