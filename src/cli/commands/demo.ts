import sample from '../../../examples/kintai-cloud-registration.json' with { type: 'json' };
import { parse } from '../args.js';
import type { CommandResult } from '../io.js';
import { evaluateText } from './evaluate.js';

/** The as-of date of the demo: the service is registered and its obligations are running. */
const DEMO_AS_OF = '2025-03-01';

/**
 * `ismap-liu demo [--json]` (what `npm start` runs): evaluates the bundled sample case
 * `examples/kintai-cloud-registration.json` — a service from Prior Application to
 * registration — as of 2025-03-01.
 */
export function demoCommand(args: readonly string[]): CommandResult {
  const { values } = parse(args, { json: { type: 'boolean', default: false } });
  const header = values.json
    ? ''
    : `ismap-liu demo: examples/kintai-cloud-registration.json as of ${DEMO_AS_OF}\n(try: ismap-liu evaluate examples/tsuuchi-mail-incident-suspension.json --as-of 2025-02-01)\n\n`;
  const result = evaluateText(JSON.stringify(sample), 'examples/kintai-cloud-registration.json', DEMO_AS_OF, values.json);
  return { ...result, stdout: header + (result.stdout ?? '') };
}
