/**
 * How an event type of the case file is declared: its routing and documentation data, and a
 * strict zod schema of `{ type, at, note?, ...payload }`.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { dayInputSchema } from '../../rules/schemas/index.js';
import { record, text } from '../../rules/schemas/_lib/field.js';

/** Who performs an act: the rules' actors, the assessor, or the clock. */
export type EventActor = 'A' | 'OSO' | 'SC' | 'MIN' | 'assessor' | 'clock';

/**
 * The process an event belongs to:
 * * `procedure`: one round of Prior Application, audit, application, review and decision
 *   (Chapters 3–11, also for renewal 12.2 and re-application 17.1);
 * * `registration`: the registered service, its expiry, renewal and deletion (11, 12, 18);
 * * `incident` / `change`: one incident (13) or one change (14), keyed by id, several at once;
 * * `monitoring` (15), `reAudit` (16), `appeals` (6, 19);
 * * `clock`: time passing.
 */
export type ProcessName = 'procedure' | 'registration' | 'incident' | 'change' | 'monitoring' | 'reAudit' | 'appeals' | 'clock';

/** What the documentation and the router know about an event type. */
export interface EventInfo {
  /** The act, in a phrase. */
  readonly label: string;
  /** Who performs it. */
  readonly actor: EventActor;
  /** The clauses it stands for. */
  readonly clauses: readonly string[];
  /** The forms it uses or issues. */
  readonly forms: readonly string[];
  /** The process it is routed to. */
  readonly process: ProcessName;
}

/**
 * A strict schema for one event type.
 *
 * @internal
 */
export function eventSchema<const T extends string, S extends z.core.$ZodLooseShape>(type: T, clause: string, shape: S) {
  return record(
    `the event ${JSON.stringify(type)}`,
    {
      type: z.literal(type),
      at: dayInputSchema({ what: `the date of the event ${JSON.stringify(type)}`, clause }),
      note: text({ what: 'the note' }).optional(),
      ...shape,
    },
    clause,
  );
}

/**
 * An event type: its name, its {@link EventInfo} and its schema. The payload's fields are given
 * as a function (`() => ({ ... })`), and the schema is built from them the first time it is read:
 * importing the package builds none of the event schemas (a cold start that never parses an event
 * does not pay for them), and the first parse builds them all (see `CaseEventSchema`).
 *
 * @internal
 */
export function defineEvent<const T extends string, S extends z.core.$ZodLooseShape>(type: T, info: EventInfo, shape: () => S) {
  // Frozen all the way down: the catalogue is shared by every caller.
  const frozen: EventInfo = Object.freeze({ ...info, forms: Object.freeze([...info.forms]), clauses: Object.freeze([...info.clauses]) });
  let schema: ReturnType<typeof eventSchema<T, S>> | undefined;
  return Object.freeze({
    type,
    info: frozen,
    get schema() {
      schema ??= eventSchema(type, info.clauses[0] ?? '', shape());
      return schema;
    },
  });
}
