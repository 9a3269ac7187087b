// Smoke test of the built package, the same on every runtime: Node (20, 22, 24), Deno, Bun, an
// edge runtime (edge-runtime's EdgeVM) and headless Chromium (the last two run an esbuild bundle
// of this file). scripts/test-runtimes.sh copies it, with exports.json, into a temporary project
// where the packed tarball is installed, so `ismap-liu` resolves as it would for a user.
//
// Every check compares a result with an answer worked out by hand (below, with the reasoning), and
// prints one line `check <what> => <result>` whatever the outcome: the lines are the same on every
// runtime, and scripts/test-runtimes.sh fails when one runtime prints different lines from the
// others. The export names of each door must be those pinned in exports.json (regenerate it with
// `node test/runtimes/pin-exports.mjs` after a deliberate API change); a difference is reported as
// `+added -removed`. The last line is `ok <runtime> <version> (<n> checks)` or
// `FAIL <runtime> <version>: <what failed>`.
//
// Printed on Node, Deno and Bun (a failure also throws, so the exit code is non-zero); written
// into the page's title and <pre id="result"> in a browser; left in globalThis.__ISMAP_LIU_SMOKE__
// for the edge runner. Plain ESM JavaScript with no Node API.
import { addGovernmentBusinessDays, isGovernmentBusinessDay, periodEnd } from 'ismap-liu/calendar';
import { deadline } from 'ismap-liu/rules';
import { evaluateCase, toICalendar } from 'ismap-liu/machines';
import * as root from 'ismap-liu';
import * as calendarDoor from 'ismap-liu/calendar';
import * as rulesDoor from 'ismap-liu/rules';
import * as machinesDoor from 'ismap-liu/machines';
import PINNED from './exports.json' with { type: 'json' };

/** examples/tsuuchi-mail-incident-suspension.json (copied: browsers and edge VMs read no files). */
const CASE = {
  "service": {
    "name": "Tsuuchi Mail",
    "url": "https://tsuuchi.example.jp",
    "operator": {
      "name": "Tsuuchi Systems G.K.",
      "address": "2-1-1 Otemachi, Chiyoda-ku, Tokyo"
    }
  },
  "events": [
    {
      "type": "applicant.submittedPriorApplication",
      "at": "2024-03-04",
      "submitted": [
        "form-1-1",
        "form-1-2"
      ],
      "inJapanese": true,
      "contentsComplete": true,
      "onListOfTargetOperations": true,
      "evaluations": [
        {
          "agency": "Digital Agency",
          "nationalAdministrativeAgency": true,
          "date": "2024-02-15",
          "result": "low"
        }
      ],
      "note": "Notification e-mail SaaS"
    },
    {
      "type": "oso.acceptedPriorApplication",
      "at": "2024-03-11"
    },
    {
      "type": "oso.reportedPriorApplicationReview",
      "at": "2024-03-25",
      "unreasonablePointsFound": false,
      "otherViolationsFound": false
    },
    {
      "type": "min.judgedEligibility",
      "at": "2024-04-02",
      "eligible": true
    },
    {
      "type": "oso.notifiedPriorApplicationResult",
      "at": "2024-04-04"
    },
    {
      "type": "applicant.reportedInternalAudit",
      "at": "2024-07-05",
      "completedOn": "2024-07-01"
    },
    {
      "type": "assessor.issuedAssessmentReport",
      "at": "2024-07-20",
      "auditPeriod": {
        "start": "2024-01-01",
        "end": "2024-06-30"
      },
      "findings": []
    },
    {
      "type": "applicant.submittedApplication",
      "at": "2024-08-05",
      "documents": {
        "submitted": [
          "statement",
          "written-representation",
          "assessment-report",
          "information-7.5",
          "written-oath-7.6",
          "internal-auditing-report",
          "prior-application-result-notice"
        ],
        "corporateNumber": "7000012050002",
        "inJapanese": true
      },
      "contentsComplete": true,
      "sameServiceContents": true
    },
    {
      "type": "oso.acceptedApplication",
      "at": "2024-08-09"
    },
    {
      "type": "oso.reportedReview",
      "at": "2024-09-10",
      "statementRequirementsMet": true,
      "disclosed": [
        "7.5(1)",
        "7.5(2)",
        "7.5(3)",
        "7.5(4)"
      ],
      "sworn": [
        "7.6(1)",
        "7.6(2)",
        "7.6(3)",
        "7.6(4)",
        "7.6(5)",
        "7.6(6)",
        "7.6(7)"
      ],
      "internalAuditMeetsAppendix2": true,
      "otherViolationsFound": false
    },
    {
      "type": "sc.decidedApplication",
      "at": "2024-09-25",
      "decision": "register"
    },
    {
      "type": "oso.registeredService",
      "at": "2024-10-01",
      "listEntry": {
        "statementScope": "Tsuuchi Mail delivery platform",
        "governmentUsers": 2
      }
    },
    {
      "type": "applicant.recognizedIncident",
      "at": "2024-12-27T15:00+09:00",
      "incidentId": "INC-2024-01",
      "seriousness": "particularly-serious",
      "description": "Misdelivery of notification e-mails to other tenants",
      "occurredAt": "2024-12-26T22:00+09:00",
      "note": "Recognized on the last business day before the year-end holidays"
    },
    {
      "type": "applicant.submittedUrgentReport",
      "at": "2025-01-08T11:00+09:00",
      "incidentId": "INC-2024-01",
      "note": "Last day: 12-28 .. 01-05 are government holidays"
    },
    {
      "type": "sc.suspendedForSeriousIncident",
      "at": "2025-01-10",
      "incidentId": "INC-2024-01"
    },
    {
      "type": "sc.notifiedLiftingConditions",
      "at": "2025-01-15",
      "incidentId": "INC-2024-01",
      "conditions": [
        "Tenant isolation fix deployed and verified",
        "Affected users notified"
      ]
    },
    {
      "type": "applicant.submittedConfirmedReport",
      "at": "2025-01-24",
      "incidentId": "INC-2024-01"
    },
    {
      "type": "oso.notifiedMonitoring",
      "at": "2025-01-27",
      "trigger": "15.1(1)",
      "matters": "Tenant isolation controls"
    },
    {
      "type": "applicant.repliedToMonitoring",
      "at": "2025-02-05"
    },
    {
      "type": "oso.requestedIncidentReport",
      "at": "2025-02-10T09:00+09:00",
      "incidentId": "INC-2025-02",
      "description": "Delayed delivery affecting a ministry"
    },
    {
      "type": "oso.suspendedForMissingReport",
      "at": "2025-02-20",
      "incidentId": "INC-2025-02"
    },
    {
      "type": "applicant.submittedUrgentReport",
      "at": "2025-02-21",
      "incidentId": "INC-2025-02"
    },
    {
      "type": "applicant.appliedForReinstatement",
      "at": "2025-02-28",
      "incidentId": "INC-2024-01"
    },
    {
      "type": "oso.notifiedMonitoringResult",
      "at": "2025-03-05",
      "confirmed": true
    },
    {
      "type": "applicant.submittedConfirmedReport",
      "at": "2025-03-10",
      "incidentId": "INC-2025-02"
    },
    {
      "type": "sc.liftedSuspension",
      "at": "2025-03-12",
      "incidentId": "INC-2024-01"
    },
    {
      "type": "applicant.submittedFurtherReport",
      "at": "2025-03-14",
      "incidentId": "INC-2024-01"
    }
  ]
};

/** The runtime and its version, as far as the global scope tells. */
function runtime() {
  const g = globalThis;
  if (typeof g.Deno?.version?.deno === 'string') return ['deno', g.Deno.version.deno];
  if (typeof g.Bun?.version === 'string') return ['bun', g.Bun.version];
  if (typeof g.EdgeRuntime === 'string') return [g.EdgeRuntime, g.__ISMAP_LIU_EDGE_VERSION__ ?? '?'];
  if (typeof g.navigator?.userAgent === 'string' && typeof g.document !== 'undefined') {
    const chrome = /(?:HeadlessChrome|Chrome|Chromium)\/([\d.]+)/.exec(g.navigator.userAgent);
    return chrome ? ['chromium', chrome[1]] : ['browser', g.navigator.userAgent];
  }
  if (typeof g.process?.versions?.node === 'string') return ['node', g.process.versions.node];
  return ['unknown', '?'];
}

/** `+added -removed` between a door's export names and the pinned ones ('' when equal). */
function exportDiff(door, names) {
  const pinned = Array.isArray(PINNED[door]) ? PINNED[door] : [];
  const added = names.filter((n) => !pinned.includes(n)).map((n) => `+${n}`);
  const removed = pinned.filter((n) => !names.includes(n)).map((n) => `-${n}`);
  return [...added, ...removed].join(' ');
}

/** Runs the checks; returns the result lines and the failures (empty when all pass). */
function check() {
  const lines = [];
  const failures = [];
  /** One check: `actual` must be (JSON-)equal to the hand-worked `expected`. */
  const expect = (what, actual, expected) => {
    const got = JSON.stringify(actual);
    const ok = got === JSON.stringify(expected);
    lines.push(`check ${what} => ${got}`);
    if (!ok) failures.push(`${what}: got ${got}, expected ${JSON.stringify(expected)}`);
  };
  const attempt = (what, fn) => {
    try {
      fn();
    } catch (error) {
      const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      lines.push(`check ${what} => threw ${why}`);
      failures.push(`${what} threw ${why}`);
    }
  };

  // The public surface: every door exports exactly the pinned names (exports.json), and the root
  // door re-exports the very same functions.
  const doors = { 'ismap-liu': root, 'ismap-liu/calendar': calendarDoor, 'ismap-liu/rules': rulesDoor, 'ismap-liu/machines': machinesDoor };
  for (const [door, module] of Object.entries(doors)) {
    attempt(`exports of ${door}`, () => {
      const names = Object.keys(module).sort();
      const diff = exportDiff(door, names);
      expect(`exports of ${door}, compared with exports.json`, diff === '' ? `as pinned (${names.length} names)` : diff, `as pinned (${PINNED[door]?.length} names)`);
    });
  }
  expect('root.addGovernmentBusinessDays === calendar.addGovernmentBusinessDays', root.addGovernmentBusinessDays === addGovernmentBusinessDays, true);
  expect('root.evaluateCase === machines.evaluateCase', root.evaluateCase === evaluateCase, true);

  // The government calendar: Fri 27 Dec 2024 + 1 business day. 28–29 Dec are a weekend, 29 Dec –
  // 3 Jan the year-end closure, 4–5 Jan a weekend: the next business day is Mon 6 Jan 2025.
  attempt('calendar', () => {
    expect("addGovernmentBusinessDays('2024-12-27', 1)", addGovernmentBusinessDays('2024-12-27', 1), '2025-01-06');
    expect("isGovernmentBusinessDay('2025-01-03')", isGovernmentBusinessDay('2025-01-03'), false);
    expect("isGovernmentBusinessDay('2025-01-06')", isGovernmentBusinessDay('2025-01-06'), true);
    // 民法 143: one month from 29 Feb 2024 counts from 1 Mar and ends the day before 1 Apr.
    expect("periodEnd('2024-02-29', { months: 1 }).lastDay", periodEnd('2024-02-29', { months: 1 }).lastDay, '2024-03-31');
  });

  // 13.2, the Urgent Report: 3 business days from an incident recognized on Fri 27 Dec 2024 at
  // 15:00 JST. The day itself is not counted (民法 140); 6, 7 and 8 Jan 2025 are business days 1–3.
  attempt('deadline 13.2', () => {
    const d = deadline('13.2', '2024-12-27T15:00+09:00');
    expect("deadline('13.2', '2024-12-27T15:00+09:00').lastDay", d.lastDay, '2025-01-08');
    expect("deadline('13.2', '2024-12-27T15:00+09:00').owedBy", d.owedBy, 'A');
  });

  // examples/tsuuchi-mail-incident-suspension.json as of 1 Feb 2025: registered on 1 Oct 2024,
  // suspended by the Steering Committee on 10 Jan 2025 (13.7), not yet lifted (that is 12 Mar).
  attempt('evaluateCase', () => {
    const r = evaluateCase(CASE, { asOf: '2025-02-01' });
    expect('evaluateCase(Tsuuchi Mail, 2025-02-01).listEntry.status', r.listEntry?.status, 'suspended');
    expect('evaluateCase(Tsuuchi Mail, 2025-02-01).headline', r.headline, 'Registered since 2024-10-01, SUSPENDED since 2025-01-10 (Valid until the expiration date; renewal must be applied for by then; expiry 2025-10-31) · 1 incident open');
    // The obligations with a last day: 7.6(7) keeps the internal-audit records three years from
    // the audit completed on 1 Jul 2024 (民法 143: until 1 Jul 2027); 12.1 renewal by the expiry,
    // 1 year 4 months after the audit period ending 30 Jun 2024 (BR3.5: 31 Oct 2025). The acts
    // without a fixed period (7.6(5), 13.4, 13.9, 15.2(2)) have none.
    const lastDays = r.obligations.map((o) => `${o.clause} ${o.lastDay ?? '-'}`);
    expect('evaluateCase(Tsuuchi Mail, 2025-02-01).obligations (clause lastDay)', lastDays, ['7.6(7) 2027-07-01', '12.1 2025-10-31', '7.6(5) -', '13.4 -', '13.9 -', '15.2(2) -']);
    expect('the 13.9 obligation (Application for Reinstatement) forms', r.obligations.find((o) => o.clause === '13.9')?.forms, ['2-9']);
    // iCalendar: a VEVENT per obligation with a last day (2), a VTODO per act without one (4).
    const ics = toICalendar(r);
    expect('toICalendar(…) first line', ics.slice(0, ics.indexOf('\r\n')), 'BEGIN:VCALENDAR');
    expect('toICalendar(…) VTODO count', ics.split('BEGIN:VTODO').length - 1, 4);
    expect('toICalendar(…) VEVENT count', ics.split('BEGIN:VEVENT').length - 1, 2);
    expect('toICalendar(…) has the 12.1 event on 2025-10-31', ics.includes('DTSTART;VALUE=DATE:20251031'), true);
  });

  // A date-time without an offset is refused (I8) with a typed error, never guessed.
  attempt('a typed error', () => {
    let caught = null;
    try {
      deadline('13.2', '2024-12-27T15:00');
    } catch (error) {
      caught = error;
    }
    expect("deadline('13.2', '2024-12-27T15:00') throws an IsmapLiuError", caught instanceof root.IsmapLiuError && root.isIsmapLiuError(caught), true);
    expect("deadline('13.2', '2024-12-27T15:00') error code", caught?.code, 'invalid_date');
  });
  return { lines, failures };
}

const [name, version] = runtime();
const { lines, failures } = check();
const line = failures.length === 0 ? `ok ${name} ${version} (${lines.length} checks)` : `FAIL ${name} ${version}: ${failures.join('; ')}`;
globalThis.__ISMAP_LIU_SMOKE__ = { ok: failures.length === 0, runtime: name, version, lines, failures, line };

if (typeof globalThis.document !== 'undefined') {
  globalThis.document.title = line;
  const pre = globalThis.document.getElementById('result');
  if (pre) pre.textContent = [...lines, line].join('\n');
} else if (globalThis.__ISMAP_LIU_SMOKE_QUIET__ !== true) {
  console.log([...lines, line].join('\n'));
  if (failures.length > 0) throw new Error(`ismap-liu smoke test failed on ${name} ${version}`);
}
