// Run by prism-lifecycle.process.test.ts as a child process (node --import tsx): starts Prism the way the test run does,
// prints `ready <url>`, then ends the way the parent asks: a line on stdin or a signal.
//   teardown: vitest's global setup, then its teardown on "end" (a normal end of the run).
//   sigterm, exit: startPrism without the exit-with-parent backstop, so only our handlers can stop Prism;
//     the parent sends SIGTERM, or writes "exit" and the child calls process.exit() without stopping Prism.
//   sigkill: startPrism with the backstop; the parent SIGKILLs this process, so no handler runs at all.
import { createInterface } from 'node:readline';
import setup, { MAIN_SPEC } from '../setup/prism-global-setup.ts';
import { startPrism } from '../support/prism.ts';

const mode = process.argv[2];
const commands = createInterface({ input: process.stdin });
const nextCommand = () => new Promise<string>((resolve) => commands.once('line', resolve));

if (mode === 'teardown') {
  let url = '';
  const teardown = await setup({
    provide: (_key: string, value: unknown) => {
      url = String(value);
    },
  });
  console.log(`ready ${url}`);
  await nextCommand();
  await teardown();
  commands.close();
  // Nothing may keep the process alive now: it ends on its own, like a finished test run.
} else if (mode === 'sigterm' || mode === 'exit' || mode === 'sigkill') {
  const prism = await startPrism({ specPath: MAIN_SPEC, exitWithParent: mode === 'sigkill' });
  console.log(`ready ${prism.url}`);
  if ((await nextCommand()) === 'exit') process.exit(0);
} else {
  throw new Error(`unknown mode ${String(mode)}`);
}
