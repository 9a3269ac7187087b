import { InvalidArgumentError } from '../../errors.js';
import { INTERPRETATIONS, type Interpretation, type InterpretationId } from './register.js';

/**
 * One entry of the interpretation register.
 *
 * @param id - `I1` … `I17`
 * @returns the entry: question, reading taken, alternatives, clauses, sources
 * @throws {@link InvalidArgumentError} for an unknown id (the message lists the ids)
 * @example
 * ```ts
 * getInterpretation('I2').reading.startsWith('No'); //=> true
 * ```
 */
export function getInterpretation(id: InterpretationId): Interpretation {
  const found = INTERPRETATIONS.find((i) => i.id === id);
  if (found === undefined) {
    throw new InvalidArgumentError('interpretation id', id, `one of ${INTERPRETATIONS.map((i) => i.id).join(', ')}`);
  }
  return found;
}
