/**
 * The typed door: case events are a discriminated union, the machines carry their context,
 * events and states, and the case accessors return each process's own snapshot type.
 *
 * The assertions are checked by `tsc -p tsconfig.node.json` (`npm run typecheck`): an
 * `expectTypeOf` that does not hold, or a `@ts-expect-error` line that compiles, is a type error.
 * At run time vitest only runs the few value checks.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventFromLogic } from 'xstate';
import type { z } from 'zod';
import {
  CaseEventSchema,
  EVENT_TYPES,
  appealsMachine,
  changeMachine,
  incidentMachine,
  instancesOf,
  monitoringMachine,
  procedureMachine,
  reAuditMachine,
  registrationMachine,
  snapshotOf,
  startCase,
  type AppealsContext,
  type AppealsEvent,
  type CaseEvent,
  type CaseEventInput,
  type CaseEventOf,
  type CaseEventType,
  type CaseFacts,
  type CaseFile,
  type ChangeContext,
  type ChangeEvent,
  type ChangeSnapshot,
  type IncidentContext,
  type IncidentEvent,
  type IncidentSnapshot,
  type MonitoringContext,
  type MonitoringEvent,
  type MonitoringSnapshot,
  type NodeMeta,
  type ProcedureContext,
  type ProcedureEvent,
  type ProcedureMachine,
  type ProcedureSnapshot,
  type ReAuditContext,
  type ReAuditEvent,
  type ReAuditSnapshot,
  type RegistrationContext,
  type RegistrationEvent,
  type RegistrationSnapshot,
  type AppealsSnapshot,
  type SnapshotOf,
} from '../../src/machines/index.js';

describe('CaseEvent is the discriminated union of the event schemas', () => {
  it('CaseEventOf narrows to one type with its payload', () => {
    type Decided = CaseEventOf<'sc.decidedApplication'>;
    expectTypeOf<Decided['type']>().toEqualTypeOf<'sc.decidedApplication'>();
    expectTypeOf<Decided['decision']>().toEqualTypeOf<'register' | 'reject' | 'suspend'>();
    expectTypeOf<Decided['at']>().toEqualTypeOf<string>();
    expectTypeOf<Decided>().toHaveProperty('controls');
    expectTypeOf<CaseEventOf<'time.passed'>>().not.toHaveProperty('decision');
    expectTypeOf<CaseEventOf<'applicant.recognizedIncident'>['incidentId']>().toEqualTypeOf<string>();
    // Several types at once.
    expectTypeOf<CaseEventOf<'time.passed' | 'oso.notifiedRejection'>['type']>().toEqualTypeOf<'time.passed' | 'oso.notifiedRejection'>();
    // @ts-expect-error not an event type
    type _Unknown = CaseEventOf<'time.flew'>;
  });

  it('a switch on type narrows the event', () => {
    const describe = (e: CaseEvent): string => {
      switch (e.type) {
        case 'sc.decidedApplication':
          expectTypeOf(e).toEqualTypeOf<CaseEventOf<'sc.decidedApplication'>>();
          return e.decision;
        case 'applicant.recognizedIncident':
          expectTypeOf(e.seriousness).toEqualTypeOf<'not-serious' | 'serious' | 'particularly-serious'>();
          return e.incidentId;
        case 'time.passed':
          // @ts-expect-error the clock has no decision
          return e.decision;
        default:
          expectTypeOf(e.type).toEqualTypeOf<Exclude<CaseEventType, 'sc.decidedApplication' | 'applicant.recognizedIncident' | 'time.passed'>>();
          return e.at;
      }
    };
    expect(describe({ type: 'sc.decidedApplication', at: '2025-01-20', decision: 'register' })).toBe('register');
    expect(describe({ type: 'applicant.recognizedIncident', at: '2025-03-03', incidentId: 'INC-1', seriousness: 'serious' })).toBe('INC-1');
  });

  it('refuses excess properties, unknown types and missing payload', () => {
    const ok: CaseEvent = { type: 'time.passed', at: '2025-01-01' };
    // @ts-expect-error excess property on the matching member of the union
    const excess: CaseEvent = { type: 'time.passed', at: '2025-01-01', anything: 1 };
    // @ts-expect-error an unknown event type
    const unknownType: CaseEvent = { type: 'time.flew', at: '2025-01-01' };
    // @ts-expect-error `decision` is required
    const missing: CaseEventOf<'sc.decidedApplication'> = { type: 'sc.decidedApplication', at: '2025-01-20' };
    // @ts-expect-error not a decision
    const wrong: CaseEvent = { type: 'sc.decidedApplication', at: '2025-01-20', decision: 'maybe' };
    expect([ok, excess, unknownType, missing, wrong]).toHaveLength(5);
  });

  it('CaseEventType is derived: every type of EVENT_TYPES, time.passed included', () => {
    expectTypeOf<'time.passed'>().toExtend<CaseEventType>();
    expectTypeOf<'sc.decidedApplication'>().toExtend<CaseEventType>();
    expectTypeOf<'time.flew'>().not.toExtend<CaseEventType>();
    expectTypeOf<CaseEventType>().toEqualTypeOf<(typeof EVENT_TYPES)[number]>();
    expectTypeOf<CaseEventInput['type']>().toEqualTypeOf<CaseEventType>();
    expect(EVENT_TYPES).toContain('time.passed');
  });

  it('CaseEventSchema parses to CaseEvent, and a case file holds CaseEvents', () => {
    expectTypeOf<z.output<typeof CaseEventSchema>>().toEqualTypeOf<CaseEvent>();
    expectTypeOf<z.input<typeof CaseEventSchema>>().toEqualTypeOf<CaseEventInput>();
    expectTypeOf<CaseFile['events']>().toEqualTypeOf<readonly CaseEvent[]>();
    const parsed = CaseEventSchema.parse({ type: 'sc.decidedApplication', at: '2025-01-20', decision: 'suspend', controls: ['A.5.1'] });
    expectTypeOf(parsed).toEqualTypeOf<CaseEvent>();
    if (parsed.type !== 'sc.decidedApplication') throw new Error('narrowed at run time too');
    expect(parsed.decision).toBe('suspend');
  });
});

describe('the machines are typed, not AnyStateMachine', () => {
  it('each machine has its own context', () => {
    const [procedure] = initialTransition(procedureMachine);
    expectTypeOf(procedure.context).toEqualTypeOf<ProcedureContext>();
    expectTypeOf(initialTransition(registrationMachine)[0].context).toEqualTypeOf<RegistrationContext>();
    expectTypeOf(initialTransition(incidentMachine)[0].context).toEqualTypeOf<IncidentContext>();
    expectTypeOf(initialTransition(changeMachine)[0].context).toEqualTypeOf<ChangeContext>();
    expectTypeOf(initialTransition(monitoringMachine)[0].context).toEqualTypeOf<MonitoringContext>();
    expectTypeOf(initialTransition(reAuditMachine)[0].context).toEqualTypeOf<ReAuditContext>();
    expectTypeOf(initialTransition(appealsMachine)[0].context).toEqualTypeOf<AppealsContext>();
    expect(procedure.context.round).toBe(0);
    expect(procedure.value).toBe('idle');
  });

  it('a machine type is neither AnyStateMachine nor a snapshot any', () => {
    expectTypeOf(procedureMachine).not.toEqualTypeOf<AnyStateMachine>();
    expectTypeOf(procedureMachine).toEqualTypeOf<ProcedureMachine>();
    expectTypeOf(initialTransition(procedureMachine)[0]).toEqualTypeOf<ProcedureSnapshot>();
    expectTypeOf(initialTransition(procedureMachine)[0].context).not.toBeAny();
    expectTypeOf<ProcedureSnapshot>().not.toEqualTypeOf<AnyMachineSnapshot>();
  });

  it('each machine takes its own events', () => {
    expectTypeOf<EventFromLogic<typeof procedureMachine>>().toEqualTypeOf<ProcedureEvent>();
    expectTypeOf<EventFromLogic<typeof registrationMachine>>().toEqualTypeOf<RegistrationEvent>();
    expectTypeOf<EventFromLogic<typeof incidentMachine>>().toEqualTypeOf<IncidentEvent>();
    expectTypeOf<EventFromLogic<typeof changeMachine>>().toEqualTypeOf<ChangeEvent>();
    expectTypeOf<EventFromLogic<typeof monitoringMachine>>().toEqualTypeOf<MonitoringEvent>();
    expectTypeOf<EventFromLogic<typeof reAuditMachine>>().toEqualTypeOf<ReAuditEvent>();
    expectTypeOf<EventFromLogic<typeof appealsMachine>>().toEqualTypeOf<AppealsEvent>();
    // A routed event: the case event with its day and the case facts.
    type Recognized = Extract<IncidentEvent, { type: 'applicant.recognizedIncident' }>;
    expectTypeOf<Recognized['incidentId']>().toEqualTypeOf<string>();
    expectTypeOf<Recognized['day']>().toEqualTypeOf<string>();
    expectTypeOf<Recognized['facts']>().toEqualTypeOf<CaseFacts>();
    expectTypeOf<'applicant.recognizedIncident'>().toExtend<IncidentEvent['type']>();
    expectTypeOf<'sc.decidedApplication'>().not.toExtend<IncidentEvent['type']>();
    const typeOnly = () => {
      const [s] = initialTransition(changeMachine);
      // @ts-expect-error an event of another process
      transition(changeMachine, s, { type: 'sc.decidedApplication', at: '2025-01-20', decision: 'register', day: '2025-01-20', facts: {} as CaseFacts });
    };
    expectTypeOf(typeOnly).toBeFunction();
  });

  it('state values and meta are typed', () => {
    const [s] = initialTransition(procedureMachine);
    expectTypeOf<'idle'>().toExtend<ProcedureSnapshot['value']>();
    expectTypeOf<{ priorApplication: 'review' }>().toExtend<ProcedureSnapshot['value']>();
    expect(s.matches('idle')).toBe(true);
    // @ts-expect-error not a state of the procedure
    s.matches('noSuchState');
    const meta = s.getMeta();
    expectTypeOf(meta['procedure.review.reported']).toEqualTypeOf<NodeMeta | undefined>();
    // @ts-expect-error not a state id of the procedure
    void meta['procedure.noSuchState'];
    expect(meta['procedure.idle']?.clauses).toBeDefined();
  });
});

describe('snapshotOf and instancesOf return each process snapshot type', () => {
  const state = startCase({ name: 'Kintai Cloud' });

  it('SnapshotOf maps a process to its snapshot', () => {
    expectTypeOf<SnapshotOf<'procedure'>>().toEqualTypeOf<ProcedureSnapshot>();
    expectTypeOf<SnapshotOf<'registration'>>().toEqualTypeOf<RegistrationSnapshot>();
    expectTypeOf<SnapshotOf<'incident'>>().toEqualTypeOf<IncidentSnapshot>();
    expectTypeOf<SnapshotOf<'change'>>().toEqualTypeOf<ChangeSnapshot>();
    expectTypeOf<SnapshotOf<'monitoring'>>().toEqualTypeOf<MonitoringSnapshot>();
    expectTypeOf<SnapshotOf<'reAudit'>>().toEqualTypeOf<ReAuditSnapshot>();
    expectTypeOf<SnapshotOf<'appeals'>>().toEqualTypeOf<AppealsSnapshot>();
    expectTypeOf<SnapshotOf<'incident'>['context']>().toEqualTypeOf<IncidentContext>();
  });

  it('snapshotOf(state, process) is that process snapshot', () => {
    const registration = snapshotOf(state, 'registration');
    expectTypeOf(registration).toEqualTypeOf<RegistrationSnapshot>();
    expectTypeOf(registration.context).toEqualTypeOf<RegistrationContext>();
    expectTypeOf(snapshotOf(state, 'procedure').context).toEqualTypeOf<ProcedureContext>();
    expectTypeOf(snapshotOf(state, 'monitoring')).toEqualTypeOf<MonitoringSnapshot>();
    expectTypeOf(snapshotOf(state, 'reAudit')).toEqualTypeOf<ReAuditSnapshot>();
    expectTypeOf(snapshotOf(state, 'appeals')).toEqualTypeOf<AppealsSnapshot>();
    expect(registration.value).toBe('unregistered');
    expect(registration.context.renewals).toBe(0);
    // Type checks only (not run):
    const typeOnly = () => {
      // @ts-expect-error incidents are read with instancesOf
      snapshotOf(state, 'incident');
    };
    expect(typeOnly).toThrow(/Invalid process "incident": expected one of procedure, registration, monitoring, reAudit, appeals/);
  });

  it('instancesOf(state, process) maps ids to that process snapshot', () => {
    const incidents = instancesOf(state, 'incident');
    expectTypeOf(incidents).toEqualTypeOf<ReadonlyMap<string, IncidentSnapshot>>();
    expectTypeOf(instancesOf(state, 'change')).toEqualTypeOf<ReadonlyMap<string, ChangeSnapshot>>();
    expectTypeOf<ReturnType<(typeof incidents)['get']>>().toEqualTypeOf<IncidentSnapshot | undefined>();
    expect(incidents.size).toBe(0);
    const typeOnly = () => {
      // @ts-expect-error the procedure is read with snapshotOf
      instancesOf(state, 'procedure');
    };
    expectTypeOf(typeOnly).toBeFunction();
  });
});
