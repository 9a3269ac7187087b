/**
 * The verdict of scripts/check-docs-diagrams.mjs on one measured diagram: inside its column (or
 * in a viewer inside it that clips and shows it), text drawn at 10 px or more. The browser side
 * runs in `node scripts/check-docs-diagrams.mjs --self-test` (docs stage of npm test).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Measured {
  kind: 'viewer' | 'svg' | 'img' | 'unrendered';
  column: Box;
  box: Box;
  drawing?: Box;
  clips?: boolean;
  minFont?: number | null;
  error?: string;
}
interface Check {
  MIN_FONT_PX: number;
  judge(d: Measured): string[];
  smallestFontSize(svg: string): number;
}

const check = (await import(/* @vite-ignore */ new URL('../../scripts/check-docs-diagrams.mjs', import.meta.url).href)) as Check;

const COLUMN: Box = { left: 300, top: 0, right: 908, bottom: 20_000 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

describe('check-docs-diagrams: judge', () => {
  it('passes a drawing inside its column with legible text', () => {
    expect(check.judge({ kind: 'svg', column: COLUMN, box: box(300, 100, 608, 400), minFont: 12 })).toEqual([]);
  });

  it('fails a drawing wider than its column (the old plugin: 5848 px in a 608 px column)', () => {
    expect(check.judge({ kind: 'svg', column: COLUMN, box: box(300, 100, 5848, 4704), minFont: 16 })).toEqual(['the drawing spills 5240 px out of the content column']);
  });

  it('fails text shrunk below 10 px, and a drawing without text', () => {
    expect(check.judge({ kind: 'img', column: COLUMN, box: box(300, 100, 608, 72), minFont: 3.7 })).toEqual(['its smallest text is drawn at 3.7 px (below 10 px)']);
    expect(check.judge({ kind: 'svg', column: COLUMN, box: box(300, 100, 608, 72), minFont: null })).toEqual(['no text found in the drawing']);
  });

  it('passes a viewer that clips a larger drawing, and fails one that lets it overflow or shows none of it', () => {
    const viewer = { kind: 'viewer' as const, column: COLUMN, box: box(300, 100, 608, 600), minFont: 12 };
    expect(check.judge({ ...viewer, drawing: box(-200, 100, 3000, 1600), clips: true })).toEqual([]);
    expect(check.judge({ ...viewer, drawing: box(-200, 100, 3000, 1600), clips: false })).toEqual(['the drawing overflows its viewer, which does not clip it']);
    expect(check.judge({ ...viewer, drawing: box(2000, 100, 600, 600), clips: true })).toEqual(['the viewer shows none of the drawing']);
    expect(check.judge({ ...viewer, box: box(290, 100, 630, 600), drawing: box(290, 100, 600, 600), clips: true })).toEqual(['its viewer spills 12 px out of the content column']);
  });

  it('fails a block mermaid did not render, with its error', () => {
    expect(check.judge({ kind: 'unrendered', column: COLUMN, box: box(300, 0, 608, 40), error: 'Parse error on line 2' })).toEqual(['not rendered: Parse error on line 2']);
  });

  test.prop([fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 600 }), fc.double({ min: 10, max: 40, noNaN: true })])('inside the column and legible: no problem; moved past its right edge: a spill', (x, width, font) => {
    const left = COLUMN.left + Math.min(x, 608 - width);
    const ok = { kind: 'svg' as const, column: COLUMN, box: box(left, 10, Math.min(width, 608), 100), minFont: font };
    expect(check.judge(ok)).toEqual([]);
    const moved = { ...ok, box: box(COLUMN.right - 1, 10, Math.min(width, 608) + 2, 100) };
    expect(check.judge(moved).some((p) => p.includes('spills'))).toBe(true);
    expect(check.judge({ ...ok, minFont: check.MIN_FONT_PX - 0.5 }).length).toBe(1);
  });
});

describe('check-docs-diagrams: smallestFontSize', () => {
  it('reads CSS and attribute font sizes of an SVG, 16 when none', () => {
    expect(check.smallestFontSize('<svg><style>text{font-size:11px}.day{font-size:9px}</style><text font-size="14">a</text></svg>')).toBe(9);
    expect(check.smallestFontSize('<svg><text font-size="12.5">a</text></svg>')).toBe(12.5);
    expect(check.smallestFontSize('<svg><text>a</text></svg>')).toBe(16);
  });
});
