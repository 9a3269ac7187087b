/**
 * Hostile inputs at the machines door (src/machines/index.ts): see
 * `_support/suite.ts` for what every call must keep, and issue 11.
 */
import { describeDoor } from './_support/suite.js';

describeDoor({
  door: 'machines',
  // Pinned: 6056 calls with named hostile values, plus 78 per property run.
  minCalls: { fixed: 6056, perRun: 78 },
  runs: 12,
  exports: {
    CASE_SCHEMA_VERSION: 'number',
    CaseEventSchema: 'schema',
    CaseFileSchema: 'schema',
    EVENT_CATALOGUE: 'data',
    EVENT_TYPES: 'data',
    InvalidSnapshotError: 'class',
    ServiceSchema: 'schema',
    appealsMachine: 'machine',
    applyEvent: 'function',
    changeMachine: 'machine',
    deadlineTimeline: 'function',
    deadlineTimelineSvg: 'function',
    describeCase: 'function',
    evaluateCase: 'function',
    formatEvaluation: 'function',
    incidentMachine: 'machine',
    instancesOf: 'function',
    isInvalidSnapshotError: 'function',
    machineClauseCoverage: 'function',
    monitoringMachine: 'machine',
    parseCaseFile: 'function',
    persistCase: 'function',
    procedureMachine: 'machine',
    reAuditMachine: 'machine',
    registrationMachine: 'machine',
    restoreCase: 'function',
    snapshotOf: 'function',
    startCase: 'function',
    toICalendar: 'function',
    toMermaid: 'function',
  },
});
