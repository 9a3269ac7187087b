// The Restate recipe, end to end: a local restate-server, the case endpoint registered with it,
// a registered service with an incident whose urgent report (13.2) is never made, and the server
// stopped and restarted past the wake-up. The case and its journal survive the restart, and the
// durable wake-up, delivered once the server is back, finds the urgent report overdue.
//
// Time: the library takes "now" as an argument and Restate's timers run on the wall clock, so the
// object keeps a case clock, case time = Restate's clock + clockOffsetMs. The case starts at
// 2025-01-06 12:00 JST (the urgent report is owed, not yet overdue); then the test moves the case
// clock so that the wake-up, 2025-01-09 00:00 JST, is a few seconds away on the wall clock.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { LocalRestate, sleep } from './harness.mjs';

const CASE_FILE = JSON.parse(readFileSync(new URL('../../tsuuchi-mail-incident-suspension.json', import.meta.url), 'utf8'));
// Registration (2024-03-04 … 2024-10-01), then the incident recognized on 2024-12-27 15:00 JST.
const EVENTS = CASE_FILE.events.slice(0, 13).map((e, i) => ({ id: `tsuuchi-${i}`, ...e }));
const WAKE_UP = '2025-01-09T00:00+09:00'; // 13.2: three government business days over the year end, last day 2025-01-08
const KEY = 'tsuuchi-mail';
const INCIDENT = 'INC-2024-01';

let restate;

before(async () => {
  restate = await new LocalRestate().init();
  const ms = await restate.startServer();
  console.log(`restate-server up in ${ms} ms (data in ${restate.dir})`);
  await restate.startEndpoint();
});

after(async () => {
  await restate?.close();
});

const overdue132 = (notices) => notices.filter((n) => n.kind === 'overdue' && n.clause === '13.2');

test('a case survives a restart of Restate, and the missed urgent report (13.2) turns overdue at its wake-up', { timeout: 180_000 }, async (t) => {
  t.after(() => {
    if (t.passed === false || process.env.SHOW_LOGS) console.log(restate.logs());
  });
  const t0 = Date.now();
  await restate.ok('open', KEY, { service: CASE_FILE.service, clockOffsetMs: Date.parse('2025-01-06T12:00:00+09:00') - Date.now() });

  // Every event once, through the journal; a checkpoint every 5 entries.
  let last;
  for (const event of EVENTS) {
    last = await restate.ok('apply', KEY, event);
    assert.equal(last.status, 'applied', `${event.id}: ${JSON.stringify(last)}`);
  }
  // The incident's reports are owed: the urgent report (13.2) and the confirmed report (13.3).
  assert.deepEqual(last.notices.map((n) => [n.kind, n.clause, n.instance, n.lastDay]).filter(([, clause]) => clause.startsWith('13.')), [['owed', '13.2', INCIDENT, '2025-01-08'], ['owed', '13.3', INCIDENT, '2025-01-26']]);
  assert.deepEqual(last.wakeUp, { at: WAKE_UP, reasons: ['period_ends 13.2'] });

  // A redelivery is a duplicate; an id reused for another event, or a malformed event, is a terminal error (not retried).
  assert.deepEqual(await restate.ok('apply', KEY, EVENTS[12]), { status: 'duplicate', position: 13, notices: [], wakeUp: last.wakeUp });
  const reused = await restate.call('apply', KEY, { ...EVENTS[12], at: '2024-12-28T09:00+09:00' });
  assert.equal(reused.status, 409);
  assert.match(JSON.stringify(reused.body), /already in the journal/);
  const malformed = await restate.call('apply', KEY, { id: 'bad', type: 'time.passed', at: '2025-01-07 10:00' });
  assert.equal(malformed.status, 400);
  // Refused by the engine: journaled, so its redelivery is a duplicate.
  const refused = await restate.ok('apply', KEY, { id: 'early-lift', type: 'sc.liftedSuspension', at: '2025-01-06', incidentId: INCIDENT });
  assert.equal(refused.status, 'refused');
  assert.equal((await restate.ok('apply', KEY, { id: 'early-lift', type: 'sc.liftedSuspension', at: '2025-01-06', incidentId: INCIDENT })).status, 'duplicate');

  const before = await restate.ok('view', KEY);
  assert.equal(before.applied, 13);
  assert.equal(before.journaled, 14);
  assert.equal(before.checkpointPosition, 10);
  assert.equal(before.wakeUp.at, WAKE_UP);
  assert.deepEqual(before.obligations.filter((o) => o.clause === '13.2').map((o) => [o.instance, o.actor, o.lastDay, o.overdue]), [[INCIDENT, 'A', '2025-01-08', false]]);
  assert.deepEqual(overdue132(before.notices), []);

  // Bring the wake-up close on the wall clock, then stop the server before it fires.
  const moved = await restate.ok('setClock', KEY, { clockOffsetMs: Date.parse(WAKE_UP) - (Date.now() + 6_000) });
  assert.equal(moved.wakeUp, WAKE_UP);
  const fireAt = Date.parse(moved.wallClockAt);
  await restate.stopServer();
  assert.ok(Date.now() < fireAt, `the server stopped ${Date.now() - fireAt} ms after the wake-up was due: the machine is too slow for this test`);
  await sleep(fireAt - Date.now() + 2_000);

  // Past the wake-up: the server comes back on the same data, and delivers the durable timer.
  const ms = await restate.startServer();
  console.log(`restate-server restarted in ${ms} ms, ${Date.now() - fireAt} ms after the wake-up was due`);
  let after;
  for (let i = 0; i < 300; i++) {
    after = await restate.call('view', KEY);
    if (after.status === 200 && overdue132(after.body.notices).length > 0) break;
    await sleep(100);
  }
  assert.equal(after.status, 200, JSON.stringify(after.body));
  const view = after.body;
  assert.equal(view.applied, 13, 'the case survived the restart');
  assert.equal(view.journaled, 14, 'the journal survived the restart');
  assert.equal(view.checkpointPosition, 10);
  const notices = overdue132(view.notices);
  assert.deepEqual(notices.map((n) => [n.instance, n.actor, n.lastDay]), [[INCIDENT, 'A', '2025-01-08']]);
  assert.ok(Date.parse(notices[0].asOf) >= Date.parse(WAKE_UP), `noticed as of ${notices[0].asOf}`);
  assert.deepEqual(view.obligations.filter((o) => o.clause === '13.2').map((o) => o.overdue), [true]);
  // The next wake-up: the confirmed report (13.3) turns overdue on 2025-01-27.
  assert.equal(view.wakeUp.at, '2025-01-27T00:00+09:00');
  console.log(`the whole scenario took ${Date.now() - t0} ms`);
});
