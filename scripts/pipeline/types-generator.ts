import { Worker } from 'node:worker_threads';

export interface TypesGenerator {
  generate(spec: unknown): Promise<string>;
  close(): Promise<void>;
}

type WorkerReply = { ok: true; text: string } | { ok: false; message: string };

/** Starts loading openapi-typescript in a worker right away; `generate` hands it the fixed spec when ready. */
export function startTypesGenerator(): TypesGenerator {
  const worker = new Worker(new URL('./types-worker.js', import.meta.url));
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`the openapi-typescript worker exited (code ${code})`));
    });
  });
  failed.catch(() => undefined);
  return {
    generate(spec) {
      const reply = new Promise<string>((resolve, reject) => {
        worker.once('message', (message: WorkerReply) => {
          if (message.ok) resolve(message.text);
          else reject(new Error(message.message));
        });
      });
      worker.postMessage(spec);
      return Promise.race([reply, failed]);
    },
    async close() {
      await worker.terminate();
    },
  };
}
