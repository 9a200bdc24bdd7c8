// The typed facade call of one operation as TypeScript source: the client created with the credentials the
// operation needs, then the call with its sample arguments. Formatted by Prettier so it reads like hand-written code.
import { format } from 'prettier';
import { PARAMETER_LOCATIONS } from './request-example.ts';
import type { CallArguments } from './request-example.ts';

/** What the page's setup block declares: every sample may use these names. */
export const SAMPLE_SETUP = [
  "import { createLiveAvatarClient } from 'liveavatar-client';",
  '',
  '// In a browser: the session_token your backend created with its API key (never the key itself).',
  'declare const sessionToken: string;',
].join('\n');

const CLIENT_OPTIONS: Record<'apiKey' | 'sessionToken', string> = {
  apiKey: 'apiKey: process.env.LIVEAVATAR_API_KEY!',
  sessionToken: 'sessionToken',
};

export interface SampleInput {
  method: string;
  path: string;
  credentials: readonly ('apiKey' | 'sessionToken')[];
  args: CallArguments;
  /** Whether the call resolves to something worth naming (JSON data), or to nothing (204, `data: null`). */
  resolvesToData: boolean;
}

/** Unformatted source; `formatSample` makes it readable. */
export function sampleSource({ method, path, credentials, args, resolvesToData }: SampleInput): string {
  const options = credentials.map((name) => CLIENT_OPTIONS[name]).join(', ');
  const client = `const client = createLiveAvatarClient(${options === '' ? '' : `{ ${options} }`});`;
  const init: string[] = [];
  const params: string[] = [];
  for (const location of PARAMETER_LOCATIONS) {
    const values = args.params?.[location];
    if (values !== undefined) params.push(`${location}: ${JSON.stringify(values)}`);
  }
  if (params.length > 0) init.push(`params: { ${params.join(', ')} }`);
  if (args.body !== undefined) init.push(`body: ${JSON.stringify(args.body)}`);
  const call = `client.${method}(${JSON.stringify(path)}${init.length > 0 ? `, { ${init.join(', ')} }` : ''})`;
  return `${client}\n${resolvesToData ? 'const data = ' : ''}await ${call};\n`;
}

export async function formatSample(source: string): Promise<string> {
  const formatted = await format(source, { parser: 'typescript', singleQuote: true, printWidth: 88 });
  return formatted.trimEnd();
}
