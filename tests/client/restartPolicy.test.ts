// When the checking service dies: restarted every time, the writer told once, given up after a crash loop.

import assert from 'node:assert/strict';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from '../../client/src/restartPolicy';

describe('restart policy', () => {
  const minute = 60 * 1000;

  it('restarts a crashed service and tells the writer', () => {
    assert.deepEqual(new RestartPolicy().crashed(0), { action: 'restart', tell: true });
  });

  it('restarts quietly after a crash the writer was just told about', () => {
    const policy = new RestartPolicy();
    policy.crashed(0);
    assert.deepEqual(policy.crashed(minute), { action: 'restart', tell: false });
    assert.deepEqual(policy.crashed(2 * minute), { action: 'restart', tell: false });
  });

  it('tells again about a crash long after the last one', () => {
    const policy = new RestartPolicy();
    policy.crashed(0);
    assert.deepEqual(policy.crashed(RESTART_WINDOW_MS + 1), { action: 'restart', tell: true });
  });

  it(`gives up after more than ${MAX_RESTARTS} crashes within the window, saying so once`, () => {
    const policy = new RestartPolicy();
    const told = [];
    for (let i = 0; i < MAX_RESTARTS; i++) {
      const decision = policy.crashed(i * 1000);
      assert.equal(decision.action, 'restart');
      if (decision.tell) told.push(i);
    }
    assert.deepEqual(told, [0]);
    assert.deepEqual(policy.crashed(MAX_RESTARTS * 1000), { action: 'give-up', tell: true, crashes: MAX_RESTARTS + 1 });
  });

  it('starts counting again when the writer restarts the service', () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < MAX_RESTARTS; i++) policy.crashed(i);
    policy.reset();
    assert.deepEqual(policy.crashed(MAX_RESTARTS), { action: 'restart', tell: true });
  });
});
