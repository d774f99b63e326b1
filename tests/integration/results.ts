// What a run of the in-editor suite reports back: to the test host's result file and status bar.

export interface FailedTest {
  title: string;
  error: string;
}

export interface IntegrationResults {
  passed: string[];
  failed: FailedTest[];
  pending: string[];
  durationMs: number;
}

/** The test host's status bar text once it is active: the window's extension host is up. */
export const testHostReady = 'Test host ready';
