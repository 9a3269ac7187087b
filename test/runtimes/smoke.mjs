// Smoke test of the built package, the same on every runtime: Node (20, 22, 24), Deno, Bun, an
// edge runtime (edge-runtime's EdgeVM) and headless Chromium (the last two run an esbuild bundle
// of this file). scripts/test-runtimes.sh copies it into a temporary project where the packed
// tarball is installed, so `ismap-liu` resolves as it would for a user.
//
// It checks a deadline over the year-end holidays, a business day, a case evaluation and its
// iCalendar export, then reports one line `ok <runtime> <version>` (or `FAIL <runtime> <version>:
// <what>`): printed on Node, Deno and Bun (and a failure throws, so the exit code is non-zero);
// written into the page's title and <pre id="result"> in a browser; left in
// globalThis.__ISMAP_LIU_SMOKE__ for the edge runner. Plain ESM JavaScript with no Node API.
import { isGovernmentBusinessDay } from 'ismap-liu/calendar';
import { deadline } from 'ismap-liu/rules';
import { evaluateCase, toICalendar } from 'ismap-liu/machines';
import * as root from 'ismap-liu';

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

/** Runs the checks; returns the list of failures (empty when all pass). */
function check() {
  const failures = [];
  const expect = (what, actual, expected) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  const attempt = (what, fn) => {
    try {
      fn();
    } catch (error) {
      failures.push(`${what} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
  };

  attempt('deadline', () => {
    const d = deadline('13.2', '2024-12-27T15:00+09:00');
    expect("deadline('13.2', '2024-12-27T15:00+09:00').lastDay", d.lastDay, '2025-01-08');
    expect("deadline('13.2', …).owedBy", d.owedBy, 'A');
  });
  attempt('isGovernmentBusinessDay', () => {
    expect("isGovernmentBusinessDay('2025-01-06')", isGovernmentBusinessDay('2025-01-06'), true);
    expect("isGovernmentBusinessDay('2025-01-03')", isGovernmentBusinessDay('2025-01-03'), false);
    expect('the root door re-exports the same function', root.isGovernmentBusinessDay, isGovernmentBusinessDay);
  });
  attempt('evaluateCase', () => {
    const r = evaluateCase(CASE, { asOf: '2025-02-01' });
    expect('headline', r.headline, 'Registered since 2024-10-01, SUSPENDED since 2025-01-10 (Valid until the expiration date; renewal must be applied for by then; expiry 2025-10-31) · 1 incident open');
    expect('listEntry.status', r.listEntry?.status, 'suspended');
    expect('13.9 obligation forms', r.obligations.find((o) => o.clause === '13.9')?.forms, ['2-9']);
    const ics = toICalendar(r);
    expect('toICalendar starts with', ics.slice(0, 17), 'BEGIN:VCALENDAR\r\n');
    expect('toICalendar VEVENTs', ics.split('BEGIN:VEVENT').length - 1, r.obligations.filter((o) => o.lastDay !== null).length);
  });
  attempt('a typed error', () => {
    try {
      deadline('13.2', '2024-12-27T15:00');
      failures.push('a date-time without an offset was accepted');
    } catch (error) {
      expect('error is an IsmapLiuError', error instanceof root.IsmapLiuError, true);
    }
  });
  return failures;
}

const [name, version] = runtime();
const failures = check();
const line = failures.length === 0 ? `ok ${name} ${version}` : `FAIL ${name} ${version}: ${failures.join('; ')}`;
globalThis.__ISMAP_LIU_SMOKE__ = { ok: failures.length === 0, runtime: name, version, failures, line };

if (typeof globalThis.document !== 'undefined') {
  globalThis.document.title = line;
  const pre = globalThis.document.getElementById('result');
  if (pre) pre.textContent = line;
} else if (globalThis.__ISMAP_LIU_SMOKE_QUIET__ !== true) {
  console.log(line);
  if (failures.length > 0) throw new Error(`ismap-liu smoke test failed on ${name} ${version}`);
}
