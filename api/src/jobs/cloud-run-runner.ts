import type { JobRunner } from './job-runner';

/*
 * The slices of @google-cloud/run v2 this runner uses, typed structurally so tests can hand in
 * fakes and the real clients still type-check against them.
 */
interface EnvVar {
  name?: string | null;
  value?: string | null;
}

export interface RunJobRequest {
  name: string;
  overrides: { containerOverrides: Array<{ env: Array<{ name: string; value: string }> }> };
}

/**
 * A google-gax long-running operation. For RunJob its metadata is the Execution it created (decoded
 * by gax with the Execution type); gax's typings call it grpc Metadata, hence `unknown` here.
 */
export interface RunJobOperation {
  name?: string | null;
  metadata?: unknown;
}

export interface CloudRunJobsClient {
  runJob(request: RunJobRequest): Promise<[RunJobOperation, ...unknown[]]>;
  getProjectId?(): Promise<string>;
  close?(): Promise<void>;
}

export interface CloudRunExecution {
  name?: string | null;
  completionTime?: unknown;
  template?: { containers?: Array<{ env?: EnvVar[] | null }> | null } | null;
}

export interface CloudRunExecutionsClient {
  cancelExecution(request: { name: string }): Promise<unknown>;
  listExecutionsAsync?(request: { parent: string; pageSize?: number }, options?: { autoPaginate?: boolean }): AsyncIterable<CloudRunExecution>;
  close?(): Promise<void>;
}

export interface CloudRunJobRunnerOptions {
  /** '' → the project the credentials belong to (asked of the client on first use) */
  projectId: string;
  region: string;
  jobName: string;
  /** injected in tests; real clients are created otherwise */
  jobsClient?: CloudRunJobsClient;
  executionsClient?: CloudRunExecutionsClient;
}

/** gRPC status codes that mean "nothing left to cancel". */
const NOT_FOUND = 5;
const FAILED_PRECONDITION = 9;

/** How far back the fallback in `cancel` looks for a task's execution. */
const EXECUTIONS_SCANNED = 50;

function grpcCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Runs each task as one execution of a Cloud Run job. The job (image, service account, DATABASE_URL,
 * GCS_BUCKET…) is defined once at deploy time; an execution only overrides TASK_ID and USER_ID, and
 * the job reports progress through the task row as it does locally.
 */
export class CloudRunJobRunner implements JobRunner {
  private jobsClient: CloudRunJobsClient | undefined;
  private executionsClient: CloudRunExecutionsClient | undefined;
  private projectId: string;

  constructor(private readonly options: CloudRunJobRunnerOptions) {
    if (!options.region) throw new Error('CloudRunJobRunner needs a region (CLOUD_RUN_REGION)');
    if (!options.jobName) throw new Error('CloudRunJobRunner needs a job name (CLOUD_RUN_JOB)');
    this.projectId = options.projectId;
    this.jobsClient = options.jobsClient;
    this.executionsClient = options.executionsClient;
  }

  /*
   * Real clients are made on first use, not in the constructor: creating one already starts the
   * credential lookup (on Cloud Run, a metadata-server call), and an api that never runs a job, or
   * a test that only builds the runner, should not do that. The gRPC stack is loaded here too.
   */
  private runModule(): typeof import('@google-cloud/run') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@google-cloud/run') as typeof import('@google-cloud/run');
  }

  private clientOptions(): { projectId?: string } {
    return this.options.projectId ? { projectId: this.options.projectId } : {};
  }

  private get jobs(): CloudRunJobsClient {
    this.jobsClient ??= new (this.runModule().v2.JobsClient)(this.clientOptions());
    return this.jobsClient;
  }

  private get executions(): CloudRunExecutionsClient {
    this.executionsClient ??= new (this.runModule().v2.ExecutionsClient)(this.clientOptions());
    return this.executionsClient;
  }

  private async jobPath(): Promise<string> {
    if (!this.projectId) {
      if (!this.jobs.getProjectId) throw new Error('No Google Cloud project configured (GOOGLE_CLOUD_PROJECT)');
      this.projectId = await this.jobs.getProjectId();
    }
    return `projects/${this.projectId}/locations/${this.options.region}/jobs/${this.options.jobName}`;
  }

  async start(task: { taskId: string; userId: number }): Promise<{ executionName?: string }> {
    let operation: RunJobOperation;
    try {
      const name = await this.jobPath();
      [operation] = await this.jobs.runJob({
        name,
        overrides: {
          containerOverrides: [
            {
              env: [
                { name: 'TASK_ID', value: task.taskId },
                { name: 'USER_ID', value: String(task.userId) },
              ],
            },
          ],
        },
      });
    } catch (err) {
      throw new Error(`Could not start the Cloud Run job: ${describe(err)}`, { cause: err });
    }
    // Not awaiting operation.promise(): that resolves when the execution finishes, minutes later.
    const executionName = (operation?.metadata as { name?: unknown } | null | undefined)?.name;
    return typeof executionName === 'string' && executionName ? { executionName } : {};
  }

  async cancel(task: { taskId: string; executionName?: string | null }): Promise<void> {
    const names = task.executionName ? [task.executionName] : await this.findRunningExecutions(task.taskId);
    for (const name of names) {
      try {
        // Resolves once Cloud Run accepted the cancellation; the job stops within seconds.
        await this.executions.cancelExecution({ name });
      } catch (err) {
        const code = grpcCode(err);
        if (code === NOT_FOUND || code === FAILED_PRECONDITION) continue; // gone or already finished
        throw new Error(`Could not cancel the Cloud Run execution ${name}: ${describe(err)}`, { cause: err });
      }
    }
  }

  /**
   * When start() got no execution name back, find the task's execution by its TASK_ID override
   * among the job's recent executions that have not completed.
   */
  private async findRunningExecutions(taskId: string): Promise<string[]> {
    if (!this.executions.listExecutionsAsync) return [];
    const found: string[] = [];
    let seen = 0;
    try {
      const parent = await this.jobPath();
      for await (const execution of this.executions.listExecutionsAsync({ parent, pageSize: EXECUTIONS_SCANNED }, { autoPaginate: false })) {
        if (++seen > EXECUTIONS_SCANNED) break;
        if (execution.completionTime || !execution.name) continue;
        const env = (execution.template?.containers ?? []).flatMap((c) => c.env ?? []);
        if (env.some((e) => e.name === 'TASK_ID' && e.value === taskId)) found.push(execution.name);
      }
    } catch (err) {
      throw new Error(`Could not look up the Cloud Run execution of task ${taskId}: ${describe(err)}`, { cause: err });
    }
    return found;
  }

  async close(): Promise<void> {
    // only the clients that exist; close() must not create one
    await Promise.all([this.jobsClient?.close?.(), this.executionsClient?.close?.()]);
  }
}
