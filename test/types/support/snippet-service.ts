// A TypeScript language service over in-memory snippet files placed in this repository (so their relative imports
// resolve), compiled with the project's tsconfig: what an editor and tsc would say about them.
import path from 'node:path';
import ts from 'typescript';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');

export interface SnippetDiagnostic {
  line: number;
  code: number;
  message: string;
}

export interface SnippetService {
  diagnostics(file: string): SnippetDiagnostic[];
  /** The completion entry names at the first `marker` in the file (the cursor just after it). */
  completionsAfter(file: string, marker: string): string[];
  /** What an editor shows when hovering the first `marker` in the file (its first character). */
  hoverAt(file: string, marker: string): string;
}

function projectOptions(): ts.CompilerOptions {
  const configPath = path.join(PROJECT_ROOT, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return parsed.options;
}

/** Snippets: file name relative to the repository root → source. */
export function createSnippetService(snippets: Record<string, string>): SnippetService {
  const files = new Map(
    Object.entries(snippets).map(([name, text]) => [path.join(PROJECT_ROOT, name), text]),
  );
  const options = projectOptions();
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const text = files.get(file) ?? ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => PROJECT_ROOT,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (file) => files.has(file) || ts.sys.fileExists(file),
    readFile: (file) => files.get(file) ?? ts.sys.readFile(file),
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: (directory) => ts.sys.directoryExists(directory),
    getDirectories: (directory) => ts.sys.getDirectories(directory),
  };
  const service = ts.createLanguageService(host);
  const absolute = (file: string) => path.join(PROJECT_ROOT, file);
  return {
    diagnostics(file) {
      const source = service.getProgram()?.getSourceFile(absolute(file));
      return [
        ...service.getSyntacticDiagnostics(absolute(file)),
        ...service.getSemanticDiagnostics(absolute(file)),
      ].map((diagnostic) => ({
        line: source ? source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1 : 0,
        code: diagnostic.code,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      }));
    },
    completionsAfter(file, marker) {
      const text = files.get(absolute(file)) ?? '';
      const at = text.indexOf(marker);
      if (at < 0) throw new Error(`${marker} is not in ${file}`);
      const completions = service.getCompletionsAtPosition(absolute(file), at + marker.length, {});
      return (completions?.entries ?? []).map((entry) => entry.name).sort();
    },
    hoverAt(file, marker) {
      const text = files.get(absolute(file)) ?? '';
      const at = text.indexOf(marker);
      if (at < 0) throw new Error(`${marker} is not in ${file}`);
      const info = service.getQuickInfoAtPosition(absolute(file), at);
      return ts.displayPartsToString(info?.displayParts);
    },
  };
}
