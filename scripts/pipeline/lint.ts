import { existsSync } from 'node:fs';
import { BaseResolver, lintDocument, loadConfig, makeDocumentFromString } from '@redocly/openapi-core';
import type { Config } from '@redocly/openapi-core';

export interface LintFinding {
  severity: 'error' | 'warn';
  rule: string;
  message: string;
  /** JSON pointer into the linted document, e.g. `#/components/schemas/X`. */
  pointer: string;
}

/**
 * Lints in-process with the same engine and rule set @redocly/cli uses (redocly.yaml), which saves the ~1 s
 * start-up of each CLI run. `npm run lint:spec` runs the CLI itself on the same files.
 */
export async function loadLintConfig(configPath: string): Promise<Config> {
  // Without a redocly.yaml (e.g. a fixture spec) the engine's default, the recommended rules, applies.
  return existsSync(configPath) ? loadConfig({ configPath }) : loadConfig();
}

export async function lintSpec(config: Config, label: string, text: string): Promise<LintFinding[]> {
  const document = makeDocumentFromString(text, label);
  const problems = await lintDocument({
    document,
    config,
    externalRefResolver: new BaseResolver(config.resolve),
  });
  return problems
    .map((p) => ({
      severity: p.severity,
      rule: p.ruleId,
      message: p.message,
      pointer: p.location[0]?.pointer ?? '#/',
    }))
    .sort((a, b) => a.pointer.localeCompare(b.pointer) || a.rule.localeCompare(b.rule));
}

export function formatFinding(file: string, finding: LintFinding): string {
  return `${finding.severity === 'error' ? 'error' : 'warning'} ${file} at ${finding.pointer}: [${finding.rule}] ${finding.message}`;
}
