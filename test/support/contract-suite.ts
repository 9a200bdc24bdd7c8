// Registers the whole contract for a spec as vitest tests, one per operation and check, so every suite that
// runs against a generated operation list (LiveAvatar, the mini-api fixture) gets the same checks.
import { afterAll, describe, it } from 'vitest';
import {
  errorStatusesOf,
  exerciseOperation,
  expectDocumentedError,
  expectMissingCredential,
  expectMissingFieldRejected,
  expectUnauthenticated,
} from './contract.ts';
import type { ContractOperation, ContractTarget } from './contract.ts';
import { ContractLedger } from './ledger.ts';

export interface ContractSuite {
  name: string;
  /** The generated `apiMetadata.operations`: never a hand-written list. */
  operations: readonly ContractOperation[];
  /** Everything but the base URL, which is only known once Prism is up. */
  target: Omit<ContractTarget, 'baseUrl'>;
  baseUrl: () => string;
}

/** Exercises every operation in turn (for a harness that builds its operation list at run time). */
export async function exerciseAll(
  target: ContractTarget,
  operations: readonly ContractOperation[],
): Promise<ContractLedger> {
  const ledger = new ContractLedger(operations.map((operation) => operation.key));
  for (const operation of operations)
    ledger.record(operation.key, await exerciseOperation(target, operation));
  return ledger;
}

export function defineContractSuite(suite: ContractSuite): void {
  const { operations } = suite;
  const target = (): ContractTarget => ({ ...suite.target, baseUrl: suite.baseUrl() });
  const ledger = new ContractLedger(
    operations.map((operation) => operation.key),
    suite.name,
  );

  describe(`${suite.name}: each operation answers a valid request as documented`, () => {
    afterAll(() => {
      ledger.report();
    });
    it.for(operations)('$key', async (operation) => {
      ledger.record(operation.key, await exerciseOperation(target(), operation));
    });
  });

  describe(`${suite.name}: negative contract`, () => {
    const secured = operations.filter((operation) => operation.security.length > 0);
    it.for(secured)(
      '$key without its credential: MissingCredentialError, nothing sent',
      async (operation) => {
        await expectMissingCredential(target(), operation);
      },
    );
    it.for(secured)('$key with the credential stripped: 401, AuthenticationError', async (operation) => {
      await expectUnauthenticated(target(), operation);
    });

    const withBody = operations.filter((operation) => operation.requestBody === 'required');
    it.for(withBody)(
      '$key missing a required field: UnprocessableEntityError naming it',
      async (operation) => {
        await expectMissingFieldRejected(target(), operation);
      },
    );

    const documentedErrors = operations.flatMap((operation) =>
      errorStatusesOf(suite.target, operation).map((status) => ({ key: operation.key, status, operation })),
    );
    it.for(documentedErrors)('$key with Prefer: code=$status: the matching error class', async (entry) => {
      await expectDocumentedError(target(), entry.operation, entry.status);
    });
  });
}
