/**
 * `ismap-liu/machines`: XState v5 machines of the registration lifecycle and `evaluateCase`.
 *
 * @module machines
 */
export {};
