// The one Mocha instance of the in-editor suite. Imported before the test modules so that `describe`
// and `it` exist when they load (the suite is bundled, so Mocha cannot require the files itself).

import Mocha from 'mocha';

export const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false });
// The test host may run the suite again in the same extension host.
mocha.cleanReferencesAfterRun(false);
mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'integration', mocha);
