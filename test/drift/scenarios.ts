// The upstream changes `npm run test:drift` simulates, as data: each scenario edits a copy of the current
// openapi.json (operations and schemas picked by what they are, never by path) and says what the change report
// must name. Additive scenarios must pass spec:pull as they are; breaking ones need --accept-breaking.
import { applyOverlay } from '../../scripts/pipeline/overlay.ts';
import type { Overlay } from '../../scripts/pipeline/overlay.ts';
import { isObject, resolveNode } from '../../scripts/spec-update/resolve-schema.ts';
import { inSection, underOperation } from './expectations.ts';
import type { Expectation } from './expectations.ts';
import { addApiKeyCreateOperation, addPublicListOperation } from './new-operations.ts';
import { componentName, dataComponent } from './spec-queries.ts';
import type { DriftDocument, JsonObject, OperationMetadata } from './spec-queries.ts';

export interface Scenario {
  id: string;
  kind: 'additive' | 'breaking';
  /** Edits `drift.document` in place and returns what the report must say about it. */
  apply(drift: DriftDocument, overlay: Overlay): Expectation;
}

export const NEW_ENUM_VALUE = 'DRIFT_CHECK_VALUE';
const DEPRECATED = 'Newly deprecated';
const ADDED = 'Operations added';

const expectation = (report: Expectation['report'], breaking: string[] = []): Expectation => ({
  report,
  breaking,
  prunedTargets: [],
});

const onlyScheme = (operation: OperationMetadata, scheme: string) =>
  operation.security.length === 1 && operation.security[0]?.join() === scheme;

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'fix-up adopted upstream',
    kind: 'additive',
    apply(drift, overlay) {
      const action = overlay.actions.find((candidate) => candidate.update !== undefined);
      if (action === undefined)
        throw new Error('drift scenario "fix-up adopted upstream": the overlay has no update fix-up');
      // Upstream fixes the defect exactly as the fix-up does.
      const fixed = applyOverlay(
        drift.document,
        { ...overlay, actions: [action] },
        'fixups.overlay.yaml',
      ).document;
      for (const key of Object.keys(drift.document)) Reflect.deleteProperty(drift.document, key);
      Object.assign(drift.document, fixed);
      return {
        report: [inSection('Fix-ups', 'no longer needed'), inSection('Fix-ups', `\`${action.target}\``)],
        breaking: [],
        prunedTargets: [action.target],
      };
    },
  },
  {
    id: 'new operation without auth',
    kind: 'additive',
    apply(drift) {
      const { key, summary } = addPublicListOperation(drift);
      return expectation([inSection(ADDED, `\`${key}\`: ${summary}`)]);
    },
  },
  {
    id: 'new operation with the API key',
    kind: 'additive',
    apply(drift) {
      const { key, summary } = addApiKeyCreateOperation(drift, drift.scheme(this.id, 'apiKey'));
      return expectation([inSection(ADDED, `\`${key}\`: ${summary}`)]);
    },
  },
  {
    id: 'new request enum value',
    kind: 'additive',
    apply(drift) {
      let field = '';
      const operation = drift.claim(this.id, 'taking a JSON body with a string enum field', (candidate) => {
        field = requestEnumField(drift, candidate) ?? '';
        return field !== '';
      });
      const body = drift.component(drift.requestBodyComponent(operation) ?? '');
      const enumNode = enumSchema(drift, (body.properties as JsonObject)[field]);
      (enumNode.enum as unknown[]).push(NEW_ENUM_VALUE);
      return expectation([
        underOperation(
          operation.key,
          `request body field \`${field}\`: enum values added: "${NEW_ENUM_VALUE}"`,
        ),
      ]);
    },
  },
  {
    id: 'new optional request field',
    kind: 'additive',
    apply(drift) {
      const operation = drift.claim(this.id, 'taking a plain JSON object body', (candidate) => {
        const name = drift.requestBodyComponent(candidate);
        return drift.isPlainEditable(name) && drift.claimName(name);
      });
      const body = drift.component(drift.requestBodyComponent(operation) ?? '');
      (body.properties as JsonObject).drift_check_note = { type: 'string', title: 'Drift Check Note' };
      return expectation([
        underOperation(operation.key, 'request body field `drift_check_note`: added (optional)'),
      ]);
    },
  },
  {
    id: 'new response field',
    kind: 'additive',
    apply(drift) {
      const operation = drift.claim(this.id, 'answering an enveloped object', (candidate) => {
        const name = successDataComponent(drift, candidate);
        return candidate.envelope && drift.isPlainEditable(name) && drift.claimName(name);
      });
      const data = drift.component(successDataComponent(drift, operation) ?? '');
      (data.properties as JsonObject).drift_check_extra = { type: 'string', title: 'Drift Check Extra' };
      const status = String(operation.successStatuses[0]);
      return expectation([
        underOperation(
          operation.key,
          `response ${status} field \`data.drift_check_extra\`: added (optional)`,
        ),
      ]);
    },
  },
  {
    id: 'request field made optional and deprecated',
    kind: 'additive',
    apply(drift) {
      const responseSide = drift.responseSideComponents();
      const operation = drift.claim(
        this.id,
        'taking a request-only JSON object body with a required field',
        (candidate) => {
          const name = drift.requestBodyComponent(candidate);
          const required = name === undefined ? undefined : drift.component(name).required;
          const editable = drift.isPlainEditable(name) && !responseSide.has(name) && Array.isArray(required);
          return editable && required.length > 0 && drift.claimName(name);
        },
      );
      const body = drift.component(drift.requestBodyComponent(operation) ?? '');
      const field = String((body.required as string[]).at(-1));
      body.required = (body.required as string[]).filter((name) => name !== field);
      const properties = body.properties as JsonObject;
      properties[field] = { ...(properties[field] as JsonObject), deprecated: true };
      return expectation([
        underOperation(operation.key, `request body field \`${field}\`: no longer required`),
        inSection(DEPRECATED, `${operation.key}: request body field \`${field}\`: deprecated`),
      ]);
    },
  },
  {
    id: 'operation deprecated',
    kind: 'additive',
    apply(drift) {
      const operation = drift.claim(this.id, 'a secured GET', (candidate) => {
        return (
          candidate.method === 'GET' &&
          candidate.security.length > 0 &&
          drift.raw(candidate).deprecated !== true
        );
      });
      drift.raw(operation).deprecated = true;
      return expectation([inSection(DEPRECATED, `${operation.key}: deprecated`)]);
    },
  },
  {
    id: 'auth widened (API key → API key or session token)',
    kind: 'additive',
    apply(drift) {
      const [apiKey, bearer] = [drift.scheme(this.id, 'apiKey'), drift.scheme(this.id, 'bearer')];
      const operation = drift.claim(this.id, 'secured by the API key alone', (candidate) =>
        onlyScheme(candidate, apiKey),
      );
      drift.raw(operation).security = [{ [apiKey]: [] }, { [bearer]: [] }];
      return expectation([underOperation(operation.key, 'security widened from')]);
    },
  },
  {
    id: 'auth narrowed (either → API key only)',
    kind: 'breaking',
    apply(drift) {
      const [apiKey, bearer] = [drift.scheme(this.id, 'apiKey'), drift.scheme(this.id, 'bearer')];
      const operation = drift.claim(this.id, 'secured by the API key or a session token', (candidate) => {
        const alternatives = candidate.security.map((alternative) => alternative.join('+'));
        return alternatives.length === 2 && alternatives.includes(apiKey) && alternatives.includes(bearer);
      });
      drift.raw(operation).security = [{ [apiKey]: [] }];
      return expectation([], [`${operation.key}: security changed from`]);
    },
  },
  {
    id: 'operation removed',
    kind: 'breaking',
    apply(drift) {
      const deletes = drift
        .operations()
        .filter((candidate) => candidate.method === 'DELETE')
        .map((candidate) => candidate.key);
      // The last DELETE: removing it leaves every kind of operation the live tests pick from.
      const operation = drift.claim(this.id, 'a DELETE', (candidate) => candidate.key === deletes.at(-1));
      const paths = drift.document.paths as JsonObject;
      const item = paths[operation.path] as JsonObject;
      Reflect.deleteProperty(item, operation.method.toLowerCase());
      if (Object.keys(item).length === 0) Reflect.deleteProperty(paths, operation.path);
      return expectation(
        [inSection('Operations removed', `\`${operation.key}\``)],
        [`${operation.key}: operation removed`],
      );
    },
  },
  {
    id: 'changed success code (200 → 201)',
    kind: 'breaking',
    apply(drift) {
      const operation = drift.claim(this.id, 'a POST answering 200 only', (candidate) => {
        return candidate.method === 'POST' && candidate.successStatuses.join() === '200';
      });
      const responses = drift.raw(operation).responses as JsonObject;
      const renamed = Object.entries(responses).map(([status, response]) => [
        status === '200' ? '201' : status,
        response,
      ]);
      drift.raw(operation).responses = Object.fromEntries(renamed);
      return expectation([], [`${operation.key}: success status changed from 200 to 201`]);
    },
  },
];

/** A top-level string-enum field of the operation's JSON body component (one no fix-up targets). */
function requestEnumField(drift: DriftDocument, operation: OperationMetadata): string | undefined {
  const name = drift.requestBodyComponent(operation);
  if (!drift.isPlainEditable(name)) return undefined;
  const properties = drift.component(name).properties as JsonObject;
  return Object.keys(properties).find((field) => {
    const schema = enumSchema(drift, properties[field]);
    const target = componentName(properties[field]);
    return (
      Array.isArray(schema.enum) &&
      schema.enum.every((value) => typeof value === 'string') &&
      (target === undefined || drift.claimName(target))
    );
  });
}

/** The schema node holding the enum: the property itself, or the component it refers to. */
function enumSchema(drift: DriftDocument, property: unknown): JsonObject {
  const target = componentName(property);
  if (target !== undefined) return drift.component(target);
  return isObject(property) ? property : {};
}

function successDataComponent(drift: DriftDocument, operation: OperationMetadata): string | undefined {
  const responses = drift.raw(operation).responses as JsonObject;
  const response = resolveNode(drift.document, responses[String(operation.successStatuses[0])]).node;
  const content = isObject(response.content) ? response.content['application/json'] : undefined;
  return isObject(content) ? dataComponent(drift.document, content.schema) : undefined;
}
