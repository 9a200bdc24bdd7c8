// Vitest global setup: one Prism for the whole run, mocking the fixed spec every generated artefact comes from.
// Tests read its URL with inject('prismUrl'). It is stopped after the run, however the run ends.
import type { TestProject } from 'vitest/node';
import { startPrism } from '../support/prism.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock of generated/openapi.fixed.json, e.g. http://127.0.0.1:41234. */
    prismUrl: string;
  }
}

export const MAIN_SPEC = 'generated/openapi.fixed.json';

export default async function setup(project: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> {
  const prism = await startPrism({ specPath: MAIN_SPEC });
  project.provide('prismUrl', prism.url);
  return () => prism.stop();
}
