import {
  CloudRunJobRunner,
  type CloudRunExecution,
  type CloudRunExecutionsClient,
  type CloudRunJobsClient,
  type RunJobOperation,
  type RunJobRequest,
} from '../src/jobs/cloud-run-runner';

const JOB = 'projects/bachata-prod/locations/europe-west1/jobs/bachata-buddy-job';
const EXECUTION = `${JOB}/executions/bachata-buddy-job-x7k2p`;

function grpcError(code: number, message: string): Error & { code: number } {
  return Object.assign(new Error(`${code} ${message}`), { code });
}

/** Fake clients with the same method shapes as @google-cloud/run v2, recording every call. */
class FakeJobsClient implements CloudRunJobsClient {
  requests: RunJobRequest[] = [];
  operation: RunJobOperation = { name: `projects/bachata-prod/locations/europe-west1/operations/op-1`, metadata: { name: EXECUTION } };
  failWith: Error | null = null;
  projectIdAsked = 0;
  closed = false;

  async runJob(request: RunJobRequest): Promise<[RunJobOperation, unknown, unknown]> {
    this.requests.push(structuredClone(request));
    if (this.failWith) throw this.failWith;
    return [this.operation, undefined, undefined];
  }
  async getProjectId(): Promise<string> {
    this.projectIdAsked++;
    return 'detected-project';
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

class FakeExecutionsClient implements CloudRunExecutionsClient {
  cancelled: string[] = [];
  listed: Array<{ parent: string }> = [];
  failWith: Error | null = null;
  executions: CloudRunExecution[] = [];
  closed = false;

  async cancelExecution(request: { name: string }): Promise<unknown> {
    this.cancelled.push(request.name);
    if (this.failWith) throw this.failWith;
    return [{ name: 'operation' }];
  }
  async *listExecutionsAsync(request: { parent: string }): AsyncIterable<CloudRunExecution> {
    this.listed.push(request);
    yield* this.executions;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

function setup(projectId = 'bachata-prod') {
  const jobs = new FakeJobsClient();
  const executions = new FakeExecutionsClient();
  const runner = new CloudRunJobRunner({
    projectId,
    region: 'europe-west1',
    jobName: 'bachata-buddy-job',
    jobsClient: jobs,
    executionsClient: executions,
  });
  return { jobs, executions, runner };
}

describe('CloudRunJobRunner.start', () => {
  it('runs the job with TASK_ID and USER_ID overrides and returns the execution name', async () => {
    const { jobs, runner } = setup();
    await expect(runner.start({ taskId: 'task-42', userId: 7 })).resolves.toEqual({ executionName: EXECUTION });
    expect(jobs.requests).toEqual([
      {
        name: JOB,
        overrides: {
          containerOverrides: [
            {
              env: [
                { name: 'TASK_ID', value: 'task-42' },
                { name: 'USER_ID', value: '7' },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('returns no execution name when the operation carries none', async () => {
    const { jobs, runner } = setup();
    jobs.operation = { name: 'operations/op-2', metadata: null };
    await expect(runner.start({ taskId: 't', userId: 1 })).resolves.toEqual({});
  });

  it('asks the client for the project when none is configured, once', async () => {
    const { jobs, runner } = setup('');
    await runner.start({ taskId: 'a', userId: 1 });
    await runner.start({ taskId: 'b', userId: 1 });
    expect(jobs.projectIdAsked).toBe(1);
    expect(jobs.requests[1].name).toBe('projects/detected-project/locations/europe-west1/jobs/bachata-buddy-job');
  });

  it('turns a failed runJob into a clear error that keeps the cause', async () => {
    const { jobs, runner } = setup();
    const cause = grpcError(7, 'PERMISSION_DENIED: Permission run.jobs.runWithOverrides denied');
    jobs.failWith = cause;
    const err = await runner.start({ taskId: 't', userId: 1 }).then(
      () => null,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toBe('Could not start the Cloud Run job: 7 PERMISSION_DENIED: Permission run.jobs.runWithOverrides denied');
    expect(err!.cause).toBe(cause);
  });
});

describe('CloudRunJobRunner.cancel', () => {
  it('cancels the named execution', async () => {
    const { executions, runner } = setup();
    await runner.cancel({ taskId: 't', executionName: EXECUTION });
    expect(executions.cancelled).toEqual([EXECUTION]);
    expect(executions.listed).toEqual([]);
  });

  it.each([
    [5, 'NOT_FOUND: execution not found'],
    [9, 'FAILED_PRECONDITION: execution already completed'],
  ])('treats gRPC code %i as already ended', async (code, message) => {
    const { executions, runner } = setup();
    executions.failWith = grpcError(code, message);
    await expect(runner.cancel({ taskId: 't', executionName: EXECUTION })).resolves.toBeUndefined();
    expect(executions.cancelled).toEqual([EXECUTION]);
  });

  it('reports other failures', async () => {
    const { executions, runner } = setup();
    executions.failWith = grpcError(7, 'PERMISSION_DENIED: nope');
    await expect(runner.cancel({ taskId: 't', executionName: EXECUTION })).rejects.toThrow(
      `Could not cancel the Cloud Run execution ${EXECUTION}: 7 PERMISSION_DENIED: nope`,
    );
  });

  it('without an execution name, finds the task’s running execution by its TASK_ID', async () => {
    const { executions, runner } = setup();
    const env = (taskId: string) => ({ containers: [{ env: [{ name: 'USER_ID', value: '1' }, { name: 'TASK_ID', value: taskId }] }] });
    executions.executions = [
      { name: `${JOB}/executions/other`, template: env('task-9') },
      { name: `${JOB}/executions/done`, template: env('task-42'), completionTime: { seconds: 1 } },
      { name: `${JOB}/executions/mine`, template: env('task-42') },
      { name: `${JOB}/executions/no-env`, template: { containers: [{}] } },
    ];
    await runner.cancel({ taskId: 'task-42', executionName: null });
    expect(executions.listed).toEqual([{ parent: JOB, pageSize: 50 }]);
    expect(executions.cancelled).toEqual([`${JOB}/executions/mine`]);
  });

  it('without an execution name and nothing running, does nothing', async () => {
    const { executions, runner } = setup();
    await runner.cancel({ taskId: 'task-42' });
    expect(executions.cancelled).toEqual([]);
  });
});

describe('CloudRunJobRunner lifecycle', () => {
  it('closes both clients', async () => {
    const { jobs, executions, runner } = setup();
    await runner.close();
    expect(jobs.closed && executions.closed).toBe(true);
  });

  it('needs a region and a job name', () => {
    const jobsClient = new FakeJobsClient();
    const executionsClient = new FakeExecutionsClient();
    expect(() => new CloudRunJobRunner({ projectId: 'p', region: '', jobName: 'j', jobsClient, executionsClient })).toThrow(/CLOUD_RUN_REGION/);
    expect(() => new CloudRunJobRunner({ projectId: 'p', region: 'r', jobName: '', jobsClient, executionsClient })).toThrow(/CLOUD_RUN_JOB/);
  });

  it('creates no real client until used, so building and closing an unused runner does no I/O', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const runner = new CloudRunJobRunner({ projectId: 'p', region: 'europe-west1', jobName: 'j' });
      await expect(runner.close()).resolves.toBeUndefined();
      // A real client would start looking for credentials right away (MetadataLookupWarning here).
      await new Promise((r) => setTimeout(r, 50));
      expect(warnings).toEqual([]);
      expect((runner as unknown as { jobsClient?: unknown }).jobsClient).toBeUndefined();
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('works with only a jobs client injected', async () => {
    const jobs = new FakeJobsClient();
    const runner = new CloudRunJobRunner({ projectId: 'p', region: 'r', jobName: 'j', jobsClient: jobs });
    await expect(runner.start({ taskId: 't', userId: 1 })).resolves.toEqual({ executionName: EXECUTION });
    await runner.close();
    expect(jobs.closed).toBe(true);
  });
});

/*
 * The real @google-cloud/run clients with only the gRPC transport replaced by an in-process stub.
 * This checks what the fakes above assume: gax decodes the RunJob operation's metadata into an
 * Execution with a name, and a gRPC error keeps its numeric code on the way out.
 */
describe('CloudRunJobRunner with the real @google-cloud/run clients', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { v2 } = require('@google-cloud/run') as typeof import('@google-cloud/run');
  type Callback = (err: Error | null, response?: unknown) => void;
  type StubMethod = (request: unknown, metadata: unknown, options: unknown, callback: Callback) => { cancel(): void };
  const clientOptions = { projectId: 'bachata-prod', credentials: { client_email: 'x@y.iam.gserviceaccount.com', private_key: 'unused' } };

  function withStub<T extends object>(client: T, methods: Record<string, StubMethod>): T {
    const stub = { ...methods, close() {} };
    (client as unknown as { _gaxGrpc: { createStub: () => Promise<unknown> } })._gaxGrpc.createStub = async () => stub;
    return client;
  }

  function reply(callback: Callback, err: Error | null, response?: unknown) {
    setImmediate(() => callback(err, response));
    return { cancel() {} };
  }

  function executionAny(name: string) {
    const jobs = new v2.JobsClient(clientOptions) as unknown as { _gaxModule: { protobufFromJSON(json: object): { lookupType(n: string): any } } };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const root = jobs._gaxModule.protobufFromJSON(require('@google-cloud/run/build/protos/protos.json'));
    const Execution = root.lookupType('google.cloud.run.v2.Execution');
    return { type_url: 'type.googleapis.com/google.cloud.run.v2.Execution', value: Execution.encode(Execution.fromObject({ name })).finish() };
  }

  it('gets the execution name out of the RunJob operation and cancels it', async () => {
    const runRequests: any[] = [];
    const cancelRequests: any[] = [];
    const jobsClient = withStub(new v2.JobsClient(clientOptions), {
      runJob: (request, _m, _o, callback) => {
        runRequests.push(request);
        return reply(callback, null, { name: 'projects/bachata-prod/locations/europe-west1/operations/op-1', done: false, metadata: executionAny(EXECUTION) });
      },
    });
    const executionsClient = withStub(new v2.ExecutionsClient(clientOptions), {
      cancelExecution: (request, _m, _o, callback) => {
        cancelRequests.push(request);
        return reply(callback, null, { name: 'projects/bachata-prod/locations/europe-west1/operations/op-2', done: false });
      },
    });
    const runner = new CloudRunJobRunner({ projectId: 'bachata-prod', region: 'europe-west1', jobName: 'bachata-buddy-job', jobsClient, executionsClient });

    const { executionName } = await runner.start({ taskId: 'task-42', userId: 7 });
    expect(executionName).toBe(EXECUTION);
    expect(runRequests).toHaveLength(1);
    expect(runRequests[0].name).toBe(JOB);
    expect(runRequests[0].overrides.containerOverrides[0].env).toEqual([
      { name: 'TASK_ID', value: 'task-42' },
      { name: 'USER_ID', value: '7' },
    ]);

    await runner.cancel({ taskId: 'task-42', executionName });
    expect(cancelRequests.map((r) => r.name)).toEqual([EXECUTION]);
    await runner.close();
  });

  it('maps gRPC errors: FAILED_PRECONDITION on cancel is fine, PERMISSION_DENIED on start is not', async () => {
    const grpcFail = (code: number, details: string) => Object.assign(new Error(details), { code, details, metadata: undefined });
    let cancelCode = 9;
    const jobsClient = withStub(new v2.JobsClient(clientOptions), {
      runJob: (_r, _m, _o, callback) => reply(callback, grpcFail(7, 'Permission denied on job')),
    });
    const executionsClient = withStub(new v2.ExecutionsClient(clientOptions), {
      cancelExecution: (_r, _m, _o, callback) => reply(callback, grpcFail(cancelCode, 'Execution already finished')),
    });
    const runner = new CloudRunJobRunner({ projectId: 'bachata-prod', region: 'europe-west1', jobName: 'bachata-buddy-job', jobsClient, executionsClient });

    await expect(runner.start({ taskId: 't', userId: 1 })).rejects.toThrow(/^Could not start the Cloud Run job: .*Permission denied on job/);
    await expect(runner.cancel({ taskId: 't', executionName: EXECUTION })).resolves.toBeUndefined();
    cancelCode = 5;
    await expect(runner.cancel({ taskId: 't', executionName: EXECUTION })).resolves.toBeUndefined();
    cancelCode = 7;
    await expect(runner.cancel({ taskId: 't', executionName: EXECUTION })).rejects.toThrow(/Could not cancel the Cloud Run execution/);
    await runner.close();
  });

  it('finds a running execution through the real paged listExecutions', async () => {
    const cancelled: string[] = [];
    const jobsClient = withStub(new v2.JobsClient(clientOptions), {});
    const executionsClient = withStub(new v2.ExecutionsClient(clientOptions), {
      listExecutions: (request: any, _m, _o, callback) =>
        reply(callback, null, {
          executions: [
            { name: `${JOB}/executions/a`, template: { containers: [{ env: [{ name: 'TASK_ID', value: 'task-1' }] }] } },
            { name: `${JOB}/executions/b`, template: { containers: [{ env: [{ name: 'TASK_ID', value: 'task-2' }] }] } },
          ].filter(() => request.parent === JOB),
          nextPageToken: '',
        }),
      cancelExecution: (request: any, _m, _o, callback) => {
        cancelled.push(request.name);
        return reply(callback, null, { name: 'operations/op', done: false });
      },
    });
    const runner = new CloudRunJobRunner({ projectId: 'bachata-prod', region: 'europe-west1', jobName: 'bachata-buddy-job', jobsClient, executionsClient });
    await runner.cancel({ taskId: 'task-2' });
    expect(cancelled).toEqual([`${JOB}/executions/b`]);
    await runner.close();
  });
});
