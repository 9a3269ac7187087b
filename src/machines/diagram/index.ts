/**
 * State diagrams of the lifecycle machines.
 *
 * @module
 */
export { toMermaid, type MermaidOptions } from './toMermaid.js';
