// npm run spec:pull: fetch the upstream OpenAPI document, report what changed, and replace openapi.json unless
// the change breaks clients. See scripts/spec-update/command.ts for the command and pull.ts for the flow.
import { runMain } from './pipeline/run-main.ts';
import { runSpecPull } from './spec-update/command.ts';

await runMain(async () => {
  await runSpecPull(process.argv.slice(2));
});
