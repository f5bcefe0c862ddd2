// A person's first session, by mouse, by finger and by keyboard: Home -> "Start a session" -> a routine -> the
// safety guidance -> "I understand, start the session" -> the session runs. Every step uses the drawn control (a
// click or a tap at its rectangle) or its mirror twin (Tab, Enter), never window.app.dispatch.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { saveResult, startServer, watchConsole } from './harness.js';
import { INPUTS, findControl, launchForInput, openFresh, use, waitForScreen } from './real_input.js';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

// The routines screen is the one place that starts a session; each of its start buttons meets the gate.
const ROUTINES = [{ label: '^Start Short routine', id: 'short' }, { label: '^Start Full routine', id: 'full' }];

for (const input of INPUTS) {
  for (const routine of ROUTINES) {
    test(`first use by ${input}: ${routine.id} routine -> safety guidance -> one press starts the session`, async () => {
      const context = await launchForInput(input);
      try {
        const page = await openFresh(context, server.url);
        const problems = watchConsole(page);
        await use(page, input, '^Start a session$');
        await waitForScreen(page, 'routines');
        await use(page, input, routine.label);
        await waitForScreen(page, 'safety');
        assert.equal(await page.textContent('#a11y-heading'), 'Before you start');

        await use(page, input, '^I understand, start the session$');
        await waitForScreen(page, 'session');
        const session = await page.evaluate(() => window.app.state().session);
        assert.equal(session.active, true, 'no session started');
        assert.equal(session.routine, routine.id);
        // What the person sees: the session's own controls, drawn on screen.
        const pause = await findControl(page, '^Pause$');
        assert.equal(pause.visible, true);
        assert.equal(await page.evaluate(() => window.app.state().safety.acknowledged), true);
        saveResult(`first-use-${input}-${routine.id}.png`, await page.screenshot());
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}
