import type { FunctionExecutor } from "./execution.js";
import type { FunctionRecord } from "./records.js";

/** Runs functions through the runtime's executor; the control plane tells it when workers go stale. */
export class Invocations {
  constructor(private readonly executor: FunctionExecutor) {}

  /** The function's code or configuration changed: its warm workers must not serve it any more. */
  retire(record: FunctionRecord): void {
    this.executor.retire(record.accountId, record.region, record.name, "$LATEST");
  }

  /** The function (or one version of it) is gone. */
  forget(record: FunctionRecord, version?: string): void {
    this.executor.retire(record.accountId, record.region, record.name, version);
  }

  close(): Promise<void> {
    return this.executor.close();
  }
}
