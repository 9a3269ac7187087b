/**
 * The ids of the interpretation register, apart from its text, so that a schema can name them
 * without bundling the register (`register.ts` is typed by this list, and a test checks that
 * both hold the same ids in the same order).
 *
 * @internal
 * @module
 */

/** Every id of the interpretation register, in order. @internal */
export const INTERPRETATION_IDS = /* @__PURE__ */ Object.freeze(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8', 'I9', 'I10', 'I11', 'I12', 'I13', 'I14', 'I15', 'I16', 'I17', 'I18'] as const);

/** The id of an entry of the interpretation register. */
export type InterpretationId = (typeof INTERPRETATION_IDS)[number];
