// Counts which operations a contract suite really exercised, so a silently skipped one fails the run.

export class ContractLedger {
  private readonly exercised = new Set<string>();
  private readonly notes: string[] = [];

  constructor(
    private readonly operationKeys: readonly string[],
    /** The suite's name, first on the summary line (`LiveAvatar: exercised N/M operations`). */
    private readonly suite?: string,
  ) {}

  record(key: string, notes: readonly string[] = []): void {
    this.exercised.add(key);
    this.notes.push(...notes.map((note) => `${key}: ${note}`));
  }

  get count(): number {
    return this.operationKeys.filter((key) => this.exercised.has(key)).length;
  }

  get total(): number {
    return this.operationKeys.length;
  }

  /** `exercised N/M operations`, then what was tolerated, then what was missed. */
  summary(): string {
    const missing = this.operationKeys.filter((key) => !this.exercised.has(key));
    return [
      `${this.suite === undefined ? '' : `${this.suite}: `}exercised ${this.count}/${this.total} operations`,
      ...this.notes.map((note) => `  note: ${note}`),
      ...missing.map((key) => `  not exercised: ${key}`),
    ].join('\n');
  }

  /** Prints the summary and throws when anything was missed (call from afterAll). */
  report(print: (line: string) => void = console.log): void {
    print(this.summary());
    if (this.count < this.total) {
      throw new Error(`contract suite exercised only ${this.count}/${this.total} operations`);
    }
  }
}
