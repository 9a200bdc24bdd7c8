import { PipelineError } from '../pipeline/errors.ts';
import { pointerFromSegments, resolvePointer } from '../pipeline/json-pointer.ts';
import { parseJsonText } from '../pipeline/read-json.ts';

/** A JSON object already checked to have the OpenAPI 3.x skeleton the pipeline and the comparer rely on. */
export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, unknown>;
};

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Parses and structurally checks a candidate document, naming `label` (its source) in every error.
 *
 * Deliberately not a gate on redocly lint errors: the real upstream document already has two (its discriminator
 * mapping), which fixups.overlay.yaml repairs, and `npm run generate` lints both before and after the fix-ups.
 * What is refused here is what would make the comparison or the pipeline meaningless: not JSON, not OpenAPI 3.x,
 * no paths, or `$ref`s that point nowhere (the comparer would silently see less than is there).
 */
export function parseOpenApiDocument(label: string, text: string): OpenApiDocument {
  const start = text.trimStart();
  if (start === '') throw new PipelineError(label, '', 'empty document: expected the OpenAPI JSON document');
  if (start.startsWith('<')) {
    throw new PipelineError(
      label,
      '',
      `got HTML/XML (starts with ${JSON.stringify(start.slice(0, 40))}), not the OpenAPI JSON document: check the URL or file`,
    );
  }
  const value = parseJsonText(label, text);
  assertOpenApiSkeleton(label, value);
  assertLocalRefsResolve(label, value, value, []);
  return value;
}

function assertOpenApiSkeleton(label: string, value: unknown): asserts value is OpenApiDocument {
  if (!isObject(value)) throw new PipelineError(label, '#/', 'expected an OpenAPI document (a JSON object)');
  if (typeof value.swagger === 'string') {
    throw new PipelineError(label, '#/swagger', `a Swagger ${value.swagger} document; expected OpenAPI 3.x`);
  }
  if (typeof value.openapi !== 'string' || !/^3\.\d+\.\d+/.test(value.openapi)) {
    throw new PipelineError(
      label,
      '#/openapi',
      `expected an OpenAPI 3.x version string, got ${JSON.stringify(value.openapi)}`,
    );
  }
  const info = value.info;
  if (!isObject(info) || typeof info.title !== 'string' || typeof info.version !== 'string') {
    throw new PipelineError(label, '#/info', 'expected an info object with a string title and version');
  }
  if (!isObject(value.paths)) throw new PipelineError(label, '#/paths', 'expected a paths object');
  for (const [path, item] of Object.entries(value.paths)) {
    const where = ['paths', path];
    if (!path.startsWith('/'))
      throw new PipelineError(label, pointerFromSegments(where), 'a path must start with "/"');
    if (!isObject(item))
      throw new PipelineError(label, pointerFromSegments(where), 'expected a path item object');
    for (const method of HTTP_METHODS) {
      if (item[method] !== undefined && !isObject(item[method])) {
        throw new PipelineError(
          label,
          pointerFromSegments([...where, method]),
          'expected an operation object',
        );
      }
    }
  }
  if (value.components !== undefined && !isObject(value.components)) {
    throw new PipelineError(label, '#/components', 'expected a components object');
  }
}

function assertLocalRefsResolve(
  label: string,
  document: unknown,
  node: unknown,
  at: (string | number)[],
): void {
  if (Array.isArray(node)) {
    node.forEach((child: unknown, index) => {
      assertLocalRefsResolve(label, document, child, [...at, index]);
    });
    return;
  }
  if (!isObject(node)) return;
  const ref = node.$ref;
  if (typeof ref === 'string') {
    const where = pointerFromSegments([...at, '$ref']);
    if (!ref.startsWith('#')) {
      throw new PipelineError(
        label,
        where,
        `external $ref ${JSON.stringify(ref)}: the pipeline needs one self-contained document`,
      );
    }
    if (resolvePointer(document, ref) === undefined) {
      throw new PipelineError(label, where, `$ref ${JSON.stringify(ref)} points to nothing in the document`);
    }
  }
  for (const [key, child] of Object.entries(node))
    assertLocalRefsResolve(label, document, child, [...at, key]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
