// What the MSW consumer templates (test/package/msw-consumer) name, found in today's fixed spec by what it is:
// the session lifecycle (as the shared session model finds it), a sampled token body, the start operation's
// example data and an error status it declares. The templates name today's paths only through these.
import { join } from 'node:path';
import { findLifecycleRoutes } from '../../../src/mock/lifecycle-routes.ts';
import type { LifecycleRole } from '../../../src/mock/lifecycle-routes.ts';
import { buildRequest } from '../../support/operation-request.ts';
import { createSchemaValidator } from '../../support/schema-validator.ts';
import { documentedErrorStatuses, loadSpec } from '../../support/spec.ts';
import { REPO_ROOT } from './consumer-project.ts';

export async function mswTemplateValues(): Promise<Record<string, string>> {
  const spec = await loadSpec(join(REPO_ROOT, 'generated/openapi.fixed.json'));
  const { routes, modelOptions } = findLifecycleRoutes(spec);
  const route = (role: LifecycleRole) => {
    const found = routes.find((candidate) => candidate.role === role);
    if (found === undefined) throw new Error(`no ${role} route in the fixed spec`);
    return found;
  };
  const token = route('token');
  const start = route('start');
  const tokenBody = buildRequest(spec, createSchemaValidator(spec), token).body;
  // An error the spec declares for start, other than request validation (whose body differs).
  const errorStatus = documentedErrorStatuses(spec, start.path, start.method).find(
    (status) => status !== 422 && status < 500,
  );
  if (errorStatus === undefined) throw new Error(`${start.path} declares no 4xx error besides 422`);
  return {
    __TOKEN_PATH__: token.path,
    __TOKEN_BODY__: JSON.stringify(tokenBody),
    __START_PATH__: start.path,
    __START_STATUS__: String(start.successStatus),
    __START_EXAMPLE__: JSON.stringify(modelOptions.templates.start),
    __KEEP_ALIVE_PATH__: route('keepAlive').path,
    __STOP_PATH__: route('stop').path,
    __GET_PATH__: route('get').path,
    __GET_PARAMETER__: route('get').idParameter ?? '',
    __ERROR_STATUS__: String(errorStatus),
  };
}
