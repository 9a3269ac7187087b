// A Restate Virtual Object per case: the key is the case id, the state is the case's checkpoint
// and journal (ismap-liu's event journal contract), and a durable delayed self-call wakes the
// case at `nextWakeUp`, when its evaluation changes by time alone.
//
// State of one object (one case):
//   checkpoint     the persisted case and the journal position it covers (checkpointOf)
//   journal        every event delivered, each with its id (applyJournaled)
//   clockOffsetMs  the case clock: case time = Restate's clock (ctx.date.now()) + this offset
//   wakeUp         the wake-up scheduled: { at, day, reasons, seq, offsetMs, wallClockAt } or null
//   obligations    the obligations as of the last look, and `asOf`
//   notices        what each look found new: an obligation that arose, or one that turned overdue
//
// The library is pure: every "now" it is given comes from ctx.date.now(), which Restate journals,
// so a retried or replayed handler computes the same answer.
import * as restate from '@restatedev/restate-sdk';
import { applyJournaled, checkpointOf, describeCase, emptyJournal, isIsmapLiuError, isJournalConflictError, nextWakeUp, rebuildCase, startCase } from 'ismap-liu';

/** A new checkpoint after this many journal entries past the last one. */
export const CHECKPOINT_EVERY = 5;

/**
 * Runs a library call. Its typed errors are terminal (bad input, a reused event id, a stored
 * case that does not restore): retrying cannot fix them, and Restate retries any other error
 * forever.
 */
function library(call) {
  try {
    return call();
  } catch (error) {
    if (!isIsmapLiuError(error)) throw error;
    const status = isJournalConflictError(error) ? 409 : error.code === 'invalid_snapshot' || error.code === 'invalid_journal' ? 500 : 400;
    throw new restate.TerminalError(error.message, { errorCode: status, metadata: { code: error.code } });
  }
}

async function load(ctx) {
  const checkpoint = await ctx.get('checkpoint');
  if (checkpoint === null) throw new restate.TerminalError(`There is no case ${JSON.stringify(ctx.key)}: open it first.`, { errorCode: 404 });
  const journal = await ctx.get('journal');
  const offset = (await ctx.get('clockOffsetMs')) ?? 0;
  // The checkpoint carries its log and its digest; the digest is enough between our own writes.
  const held = library(() => rebuildCase(checkpoint, journal, { verify: 'digest' }));
  return { held, checkpoint, offset };
}

/** The case's "now": Restate's clock moved by the offset, never before the last event. */
async function caseNow(ctx, state, offset) {
  const now = (await ctx.date.now()) + offset;
  const clock = state.clock;
  if (clock === null) return new Date(now).toISOString();
  const last = clock.ms ?? Date.parse(`${clock.day}T00:00+09:00`);
  return now < last ? clock.at : new Date(now).toISOString();
}

const keyOf = (o) => `${o.process}|${o.instance ?? ''}|${o.clause}|${o.act}`;

/** Evaluates the case as of `asOf`, records its obligations, and notes what is new or newly overdue. */
async function look(ctx, state, asOf) {
  const view = library(() => describeCase(state, { asOf }));
  const before = new Map(((await ctx.get('obligations'))?.list ?? []).map((o) => [keyOf(o), o]));
  const found = [];
  for (const o of view.obligations) {
    const was = before.get(keyOf(o));
    const kind = was === undefined ? (o.overdue ? 'overdue' : 'owed') : o.overdue && !was.overdue ? 'overdue' : null;
    if (kind === null) continue;
    const notice = { kind, asOf: view.asOf.at, clause: o.clause, process: o.process, instance: o.instance, actor: o.actor, act: o.act, lastDay: o.lastDay, consequence: o.consequence };
    ctx.console.info(`case ${ctx.key}: ${kind} ${o.clause} (${o.actor}: ${o.act}${o.lastDay === null ? '' : `, last day ${o.lastDay}`})`);
    found.push(notice);
  }
  ctx.set('obligations', { asOf: view.asOf.at, list: view.obligations });
  if (found.length > 0) ctx.set('notices', [...((await ctx.get('notices')) ?? []), ...found]);
  return { view, found };
}

/**
 * Schedules a durable delayed call of `wakeUp` at the case's next wake-up after `asOf` (in case
 * time, so at `at - offset` on Restate's clock). A wake-up already scheduled for the same instant
 * and offset is kept; any other earlier one is superseded (it carries an older `seq` and is
 * ignored when it fires).
 */
async function schedule(ctx, state, asOf, offset) {
  const next = library(() => nextWakeUp(state, asOf));
  const current = await ctx.get('wakeUp');
  if (next === null) {
    if (current !== null) ctx.set('wakeUp', null);
    return null;
  }
  if (current !== null && current.at === next.at && current.offsetMs === offset) return current;
  const seq = ((await ctx.get('wakeUpSeq')) ?? 0) + 1;
  const wallNow = await ctx.date.now();
  const delay = Math.max(0, Date.parse(next.at) - offset - wallNow);
  ctx.objectSendClient(caseObject, ctx.key).wakeUp({ at: next.at, seq }, restate.rpc.sendOpts({ delay }));
  const scheduled = { at: next.at, day: next.day, reasons: next.reasons, seq, offsetMs: offset, wallClockAt: new Date(wallNow + delay).toISOString() };
  ctx.set('wakeUpSeq', seq);
  ctx.set('wakeUp', scheduled);
  return scheduled;
}

const brief = (refusal) => ({ code: refusal.code, message: refusal.message, clauses: refusal.clauses });

export const caseObject = restate.object({
  name: 'case',
  handlers: {
    /** Opens the case: `{ service, clockOffsetMs? }`. */
    open: async (ctx, request) => {
      if ((await ctx.get('checkpoint')) !== null) throw new restate.TerminalError(`The case ${JSON.stringify(ctx.key)} is already open.`, { errorCode: 409 });
      const offset = request?.clockOffsetMs ?? 0;
      if (!Number.isSafeInteger(offset)) throw new restate.TerminalError(`clockOffsetMs must be a whole number of milliseconds, not ${JSON.stringify(offset)}.`, { errorCode: 400 });
      const held = { state: library(() => startCase(request?.service)), journal: emptyJournal() };
      ctx.set('checkpoint', checkpointOf(held));
      ctx.set('journal', held.journal);
      ctx.set('clockOffsetMs', offset);
      ctx.set('wakeUp', null);
      return { key: ctx.key, opened: true };
    },

    /** Delivers one event `{ id, type, at, ...payload }`: journaled and applied once, however often it is delivered. */
    apply: async (ctx, event) => {
      const { held, checkpoint, offset } = await load(ctx);
      const step = library(() => applyJournaled(held, event));
      if (step.journal !== held.journal) ctx.set('journal', step.journal);
      if (step.journal.entries.length - checkpoint.position >= CHECKPOINT_EVERY) ctx.set('checkpoint', checkpointOf(step));
      const asOf = await caseNow(ctx, step.state, offset);
      const { found } = step.status === 'applied' ? await look(ctx, step.state, asOf) : { found: [] };
      const wakeUp = await schedule(ctx, step.state, asOf, offset);
      return {
        status: step.status,
        position: step.position,
        ...(step.status === 'refused' ? { refusal: brief(step.refusal) } : {}),
        notices: found,
        wakeUp: wakeUp === null ? null : { at: wakeUp.at, reasons: wakeUp.reasons.map((r) => `${r.kind} ${r.clause}`) },
      };
    },

    /** The durable delayed self-call: time has passed; look at the case as of now, then schedule the next wake-up. */
    wakeUp: async (ctx, request) => {
      const scheduled = await ctx.get('wakeUp');
      if (scheduled === null || scheduled.seq !== request?.seq) return { stale: true };
      const { held, offset } = await load(ctx);
      const now = await caseNow(ctx, held.state, offset);
      // A timer fires at or after its time; look at least as of the instant it was set for.
      const asOf = Date.parse(now) < Date.parse(scheduled.at) ? scheduled.at : now;
      const { found } = await look(ctx, held.state, asOf);
      const next = await schedule(ctx, held.state, asOf, offset);
      return { stale: false, asOf, notices: found, next: next?.at ?? null };
    },

    /** Moves the case clock (tests and demos): case time = Restate's clock + `clockOffsetMs`. */
    setClock: async (ctx, request) => {
      const offset = request?.clockOffsetMs;
      if (!Number.isSafeInteger(offset)) throw new restate.TerminalError(`clockOffsetMs must be a whole number of milliseconds, not ${JSON.stringify(offset)}.`, { errorCode: 400 });
      const { held } = await load(ctx);
      ctx.set('clockOffsetMs', offset);
      const asOf = await caseNow(ctx, held.state, offset);
      const { found } = await look(ctx, held.state, asOf);
      const wakeUp = await schedule(ctx, held.state, asOf, offset);
      return { asOf, notices: found, wakeUp: wakeUp?.at ?? null, wallClockAt: wakeUp?.wallClockAt ?? null };
    },

    /** Where the case stands as of its "now" (read-only; runs alongside the other handlers). */
    view: restate.handlers.object.shared(async (ctx) => {
      const { held, checkpoint, offset } = await load(ctx);
      const asOf = await caseNow(ctx, held.state, offset);
      const view = library(() => describeCase(held.state, { asOf }));
      return {
        key: ctx.key,
        asOf: view.asOf.at,
        headline: view.headline,
        applied: held.state.applied,
        journaled: held.journal.entries.length,
        checkpointPosition: checkpoint.position,
        clockOffsetMs: offset,
        obligations: view.obligations.map((o) => ({ clause: o.clause, process: o.process, instance: o.instance, actor: o.actor, act: o.act, lastDay: o.lastDay, overdue: o.overdue })),
        wakeUp: await ctx.get('wakeUp'),
        notices: (await ctx.get('notices')) ?? [],
      };
    }),
  },
});
