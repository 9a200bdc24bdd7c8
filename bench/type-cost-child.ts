// One type-check of a consumer project, as `tsc --noEmit` does it, in a fresh process: prints the checker's
// instantiation and type counts and the check phase's wall and CPU time as JSON on stdout.
import path from 'node:path';
import ts from 'typescript';

const [project] = process.argv.slice(2);
if (project === undefined) throw new Error('usage: type-cost-child <project directory>');
const configPath = path.join(project, 'tsconfig.json');
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

const program = ts.createProgram(parsed.fileNames, parsed.options);
// Creating the checker binds every file (tsc's "Bind time"); the timing starts after it.
program.getTypeChecker();
const cpuBefore = process.cpuUsage();
const started = performance.now();
// What tsc reports as "Check time": every file's semantic diagnostics (library files too unless skipLibCheck).
const diagnostics = program.getSemanticDiagnostics();
const checkWallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(
  JSON.stringify({
    instantiations: program.getInstantiationCount(),
    types: program.getTypeCount(),
    checkWallMs,
    checkCpuMs: (cpu.user + cpu.system) / 1000,
    errors: diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  }),
);
