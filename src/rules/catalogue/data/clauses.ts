/**
 * The whole clause catalogue in document order: Chapters 1–19, the Supplementary Provisions,
 * Appended Table 1, Appendices 1–3, then BR3.5.
 *
 * @module
 */
import type { Clause } from '../types.js';
import { deepFreeze } from '../_lib/deepFreeze.js';
import { ANNEXES, BASIC_REGULATIONS } from './annexes.js';
import { CHAPTERS_01_02, CHAPTERS_03_04 } from './chapters-01-04.js';
import { CHAPTERS_05_06 } from './chapters-05-06.js';
import { CHAPTER_07_A, CHAPTER_07_B, CHAPTER_07_C } from './chapter-07.js';
import { CHAPTER_08, CHAPTER_09 } from './chapters-08-09.js';
import { CHAPTER_10_A, CHAPTER_10_B } from './chapter-10.js';
import { CHAPTER_11_A, CHAPTER_11_B, CHAPTER_12 } from './chapters-11-12.js';
import { CHAPTER_13_A, CHAPTER_13_B } from './chapter-13.js';
import { CHAPTER_14, CHAPTER_15_A, CHAPTER_15_B } from './chapters-14-15.js';
import { CHAPTERS_16_17, CHAPTERS_18_19 } from './chapters-16-19.js';
import { SUPPLEMENTARY_2022, SUPPLEMENTARY_2023 } from './supplementary.js';

/**
 * The raw entries, kept as literal types so that {@link ClauseId} can be derived from them.
 *
 * @internal
 */
export const CLAUSE_DATA = [
  ...CHAPTERS_01_02,
  ...CHAPTERS_03_04,
  ...CHAPTERS_05_06,
  ...CHAPTER_07_A,
  ...CHAPTER_07_B,
  ...CHAPTER_07_C,
  ...CHAPTER_08,
  ...CHAPTER_09,
  ...CHAPTER_10_A,
  ...CHAPTER_10_B,
  ...CHAPTER_11_A,
  ...CHAPTER_11_B,
  ...CHAPTER_12,
  ...CHAPTER_13_A,
  ...CHAPTER_13_B,
  ...CHAPTER_14,
  ...CHAPTER_15_A,
  ...CHAPTER_15_B,
  ...CHAPTERS_16_17,
  ...CHAPTERS_18_19,
  ...SUPPLEMENTARY_2022,
  ...SUPPLEMENTARY_2023,
  ...ANNEXES,
  ...BASIC_REGULATIONS,
] as const;

/**
 * Every catalogue entry, frozen, in document order. Assigning the literal data to `Clause[]`
 * makes the compiler check that every `parent` and every `refs` entry is a known id.
 *
 * @internal
 */
export const CLAUSES: readonly Clause[] = /* @__PURE__ */ deepFreeze(CLAUSE_DATA);
