/**
 * Ranks known ids by how close they are to a mistyped one, for error messages.
 *
 * @module
 * @internal
 */

/** Inputs are cut to this many characters before comparing, so huge strings stay cheap. */
const MAX_COMPARED = 40;

/**
 * The known ids closest to `input`, best first: an exact match once spaces, case and a leading
 * "Form" / "Section" are ignored, then by edit distance (ties in the given order).
 *
 * @param input - the refused value
 * @param known - the valid ids, in document order
 * @param limit - how many to return at most
 * @returns up to `limit` ids within a small edit distance of `input`
 * @internal
 */
export function closestMatches<T extends string>(input: unknown, known: readonly T[], limit = 5): T[] {
  if (typeof input !== 'string') return [];
  const wanted = normalize(input.slice(0, MAX_COMPARED * 2)).slice(0, MAX_COMPARED);
  if (wanted === '') return [];
  const scored: { id: T; distance: number; order: number }[] = [];
  known.forEach((id, order) => {
    const candidate = normalize(id);
    const distance = candidate === wanted ? -1 : editDistance(wanted, candidate);
    const tolerance = Math.max(1, Math.floor(Math.min(wanted.length, candidate.length) / 3));
    if (distance <= tolerance) scored.push({ id, distance, order });
  });
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.id);
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(form|section|clause)/, '');
}

/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
