/**
 * The interpretation register.
 *
 * @module
 */
export { INTERPRETATIONS, type Interpretation, type InterpretationId } from './register.js';
export { getInterpretation } from './getInterpretation.js';
