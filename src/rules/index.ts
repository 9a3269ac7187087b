/**
 * `ismap-liu/rules`: the clauses, periods, provisions in force and requirement checks of the
 * ISMAP-LIU Cloud Service Registration Rules.
 *
 * @module rules
 */
export {};
