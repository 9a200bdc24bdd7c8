import { readFile } from 'node:fs/promises';
import { PipelineError } from './errors.ts';

/** Reads a JSON file, turning a syntax error into a PipelineError with the line and column. */
export async function readJsonFile(file: string): Promise<{ text: string; value: unknown }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PipelineError(
      file,
      '',
      `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return { text, value: parseJsonText(file, text) };
}

export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    throw new PipelineError(
      file,
      position ? lineAndColumn(text, Number(position)) : '',
      `not valid JSON: ${message}`,
    );
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
