// A candidate upstream document: the current openapi.json with some drift scenarios applied, and what the change
// report must then say.
import type { Overlay } from '../../scripts/pipeline/overlay.ts';
import { combine } from './expectations.ts';
import type { Expectation } from './expectations.ts';
import type { Scenario } from './scenarios.ts';
import { DriftDocument } from './spec-queries.ts';
import type { JsonObject } from './spec-queries.ts';

export interface Candidate {
  name: string;
  scenarios: readonly Scenario[];
  /** The candidate document as upstream would serve it. */
  text: string;
  expectation: Expectation;
  /** spec:pull's exit code without --accept-breaking. */
  exitCode: 0 | 1;
}

/** Applies the scenarios in order to a copy of `currentText`; each picks operations the others have not. */
export function buildCandidate(
  name: string,
  currentText: string,
  overlay: Overlay,
  scenarios: readonly Scenario[],
): Candidate {
  const drift = new DriftDocument(
    JSON.parse(currentText) as JsonObject,
    overlay.actions.map((action) => action.target),
  );
  const expectation = combine(scenarios.map((scenario) => scenario.apply(drift, overlay)));
  return {
    name,
    scenarios,
    text: `${JSON.stringify(drift.document, null, 2)}\n`,
    expectation,
    exitCode: expectation.breaking.length > 0 ? 1 : 0,
  };
}
