import { credentialFor } from '../../src/auth.ts';
import { GENERATED_HEADER } from './emit.ts';
import type { ApiMetadata, SecuritySchemeMetadata } from './operations.ts';

type Schemes = Readonly<Record<string, SecuritySchemeMetadata>>;

/**
 * generated/security-map.ts: per path and method, which client credentials authorize the operation, so the
 * facade can narrow a client's callable operations at compile time (src/types.ts reads it).
 */
export function emitSecurityMapModule(metadata: ApiMetadata): string {
  const byPath = new Map<string, string[]>();
  for (const operation of metadata.operations) {
    const requirement = `[${alternatives(operation.security, metadata.securitySchemes).join(', ')}]`;
    const lines = byPath.get(operation.path) ?? [];
    lines.push(`    ${operation.method.toLowerCase()}: ${requirement};`);
    byPath.set(operation.path, lines);
  }
  const entries = [...byPath].map(
    ([path, lines]) => `  ${JSON.stringify(path)}: {\n${lines.join('\n')}\n  };`,
  );
  return `${GENERATED_HEADER}
/**
 * Which client credentials authorize each operation (type only). Per path and method: the alternatives in spec
 * order, any one suffices; each lists the credentials needed together. \`[]\`: no credential needed (public).
 */
export interface SecurityMap {
${entries.join('\n')}
}
`;
}

/** One operation's alternatives as credential tuples: names sorted, duplicates dropped, spec order kept. */
function alternatives(security: readonly (readonly string[])[], schemes: Schemes): string[] {
  const tuples = security.map((requirement) =>
    [...new Set(requirement.map((scheme) => credentialOf(scheme, schemes)))].sort(),
  );
  // No security, or an empty alternative (`{}`), means anyone may call it: no alternatives to satisfy.
  if (tuples.some((names) => names.length === 0)) return [];
  const unique = new Set(tuples.map((names) => `[${names.map((name) => JSON.stringify(name)).join(', ')}]`));
  return [...unique];
}

/** The client option a scheme takes, by the facade's own rule; a scheme it cannot serve is named as such. */
function credentialOf(schemeName: string, schemes: Schemes): string {
  const scheme = schemes[schemeName];
  return (scheme && credentialFor(scheme)) ?? `unsupported scheme ${schemeName}`;
}
