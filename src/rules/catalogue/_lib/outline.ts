/**
 * The outline of the catalogue: every clause id in document order, and which are definitions —
 * without the entries' titles, summaries and notes. `machineClauseCoverage` needs no more, and
 * reading it from here keeps the catalogue's text (about 14 kB gzipped) out of
 * `ismap-liu/machines`. test/rules/catalogue/outline.test.ts keeps it equal to the entries.
 *
 * @internal
 * @module
 */

/** One line per chapter (or annex), ids separated by spaces, in document order. */
const OUTLINE = `
  1.1 1.2
  2.1 2.2 2.3 2.4 2.5 2.6 2.7 2.8 2.9 2.10
  3.1 3.1(1) 3.2 3.3 3.4
  4.1 4.1(1) 4.1(2) 4.2 4.3 4.4 4.5 4.5(1) 4.5(2)
  5.1 5.1(1) 5.1(2) 5.1(3) 5.1(4) 5.2 5.3 5.4 5.5
  6.1 6.2
  7.1 7.2 7.3 7.4 7.5 7.5(1) 7.5(2) 7.5(3) 7.5(4) 7.6 7.6(1) 7.6(2) 7.6(3) 7.6(4) 7.6(5) 7.6(6) 7.6(7)
  7.7 7.8 7.9 7.9(1) 7.9(2) 7.9(3) 7.9(4) 7.9(5) 7.10 7.11 7.12 7.13 7.14
  8.1 8.1(1) 8.1(2) 8.1(3) 8.1(4) 8.1(5) 8.1(6) 8.1(7) 8.1(8) 8.1(9) 8.2 8.3
  9.1 9.1(1) 9.1(2) 9.1(3) 9.1(4) 9.1(5) 9.2 9.3 9.4 9.5 9.6 9.6(1)
  10.1 10.1(1) 10.1(2) 10.1(3) 10.1(4) 10.1(5) 10.1(6) 10.1(7) 10.1(8) 10.2 10.3 10.4 10.5 10.6 10.7
  10.8 10.8(1) 10.8(1)(a) 10.8(1)(b) 10.8(2) 10.8(3) 10.8(4) 10.8(4)(a) 10.8(4)(b) 10.8(4)(c) 10.9 10.10 10.11
  11.1 11.2 11.3 11.3(1) 11.3(2) 11.4 11.5 11.5(1) 11.5(2) 11.5(3) 11.5(4) 11.5(5) 11.5(6) 11.5(7) 11.5(8)
  11.5(9) 11.5(10) 11.5(11) 11.5(12) 11.5(13)
  12.1 12.2 12.3
  13.1 13.1(1) 13.1(2) 13.2 13.3 13.4 13.5 13.6 13.7 13.8 13.9 13.10 13.11 13.12 13.13
  14.1 14.2 14.3 14.4 14.5 14.6
  15.1 15.1(1) 15.1(2) 15.1(3) 15.2 15.2(1) 15.2(2) 15.2(3) 15.2(4) 15.2(5) 15.2(5)(a) 15.2(5)(b)
  16.1 16.2 16.3 16.4 16.5 16.6 16.7 16.8
  17.1
  18.1 18.1(1) 18.1(2) 18.2 18.2(1) 18.2(2) 18.2(3) 18.2(4) 18.2(5) 18.2(6) 18.2(7) 18.3
  19.1 19.2
  Supp.2022 Supp.2022.1 Supp.2022.2 Supp.2022.3 Supp.2023-07-03 Supp.2023-07-03.1 Supp.2023-09-22
  Supp.2023-09-22.1 Supp.2023-11-10 Supp.2023-11-10.1
  AppendedTable1
  Appendix1
  Appendix2
  Appendix3
  BR3.5
`;

/** The entries of kind `definition`: the terms of Chapter 2. */
const DEFINITIONS = '2.1 2.2 2.3 2.4 2.5 2.6 2.7 2.8 2.9 2.10';

let ids: readonly string[] | undefined;
let known: ReadonlySet<string> | undefined;
let definitions: ReadonlySet<string> | undefined;

/**
 * Every clause id in document order, as `clauseIds` lists them.
 *
 * @internal
 */
export function outlineIds(): readonly string[] {
  ids ??= Object.freeze(OUTLINE.trim().split(/\s+/));
  return ids;
}

/**
 * Whether `id` is a clause id of the catalogue (as `isClauseId`).
 *
 * @internal
 */
export function inOutline(id: string): boolean {
  known ??= new Set(outlineIds());
  return known.has(id);
}

/**
 * Whether the clause `id` is a definition (`getClause(id).kind === 'definition'`).
 *
 * @internal
 */
export function isDefinition(id: string): boolean {
  definitions ??= new Set(DEFINITIONS.split(' '));
  return definitions.has(id);
}
