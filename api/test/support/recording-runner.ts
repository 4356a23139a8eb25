import type { JobRunner } from '../../src/jobs/job-runner';

/** Records what the api asks of its job runner (the real runners are tested on their own). */
export class RecordingJobRunner implements JobRunner {
  started: Array<{ taskId: string; userId: number }> = [];
  cancelled: Array<{ taskId: string; executionName?: string | null }> = [];
  failNextStart: Error | null = null;

  async start(task: { taskId: string; userId: number }): Promise<{ executionName?: string }> {
    if (this.failNextStart) {
      const e = this.failNextStart;
      this.failNextStart = null;
      throw e;
    }
    this.started.push(task);
    return { executionName: `recorded/${task.taskId}` };
  }

  async cancel(task: { taskId: string; executionName?: string | null }): Promise<void> {
    this.cancelled.push(task);
  }
}
