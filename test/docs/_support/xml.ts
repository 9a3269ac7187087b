/**
 * A small well-formedness check for the SVG the library writes: balanced, properly nested
 * tags, quoted attributes, and only the five predefined entities.
 */

/**
 * Whether `text` is one well-formed XML element (no DOCTYPE, CDATA or processing instructions).
 *
 * @param text - the document
 */
export function isWellFormedXml(text: string): boolean {
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const [, closing, name, , selfClosing, content, stray] = m;
    if (stray !== undefined) return false;
    if (content !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(content)) return false;
      if (stack.length === 0 && content.trim() !== '') return false;
      continue;
    }
    if (m[3] !== undefined && /&(?!(amp|lt|gt|quot|apos);)/.test(m[3])) return false;
    if (closing === '/') {
      if (stack.pop() !== name) return false;
    } else if (selfClosing !== '/') {
      if (stack.length === 0) roots += 1;
      stack.push(name as string);
    } else if (stack.length === 0) roots += 1;
  }
  return token.lastIndex === 0 && stack.length === 0 && roots === 1;
}
