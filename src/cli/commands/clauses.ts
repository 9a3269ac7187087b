import { getClause, listClauses, type Clause } from '../../rules/catalogue/index.js';
import { quote } from '../../_lib/text.js';
import { parse } from '../args.js';
import { UsageError, type CommandResult } from '../io.js';
import { jsonText } from '../output.js';

/** `ismap-liu clauses [id] [--json]`: the clause catalogue, or one clause. */
export function clausesCommand(args: readonly string[]): CommandResult {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } });
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${quote(positionals[1] ?? '')}; expected at most one clause id`);
  const id = positionals[0];
  if (id !== undefined) {
    const clause = getClause(id);
    return { code: 0, stdout: values.json ? jsonText(clause) : formatClause(clause) };
  }
  const all = listClauses();
  if (values.json) return { code: 0, stdout: jsonText(all) };
  const width = Math.max(...all.map((c) => c.id.length));
  const lines = all.map((c) => `${c.id.padEnd(width)}  ${c.title}${c.forms.length > 0 ? `  [Form ${c.forms.join(', ')}]` : ''}`);
  return { code: 0, stdout: `${lines.join('\n')}\n${all.length} entries. ismap-liu clauses <id> shows one.\n` };
}

/** One clause in full. */
export function formatClause(c: Clause): string {
  const lines = [
    `${c.id}  ${c.title}`,
    `  chapter  ${c.chapter}${c.parent === undefined ? '' : `   (item of ${c.parent})`}`,
    `  kind     ${c.kind}`,
    `  actors   ${c.actors.join(', ') || '—'}`,
    `  forms    ${c.forms.length > 0 ? c.forms.join(', ') : '—'}`,
    `  summary  ${c.summary}`,
  ];
  if (c.refs !== undefined && c.refs.length > 0) lines.push(`  cites    ${c.refs.join(', ')}`);
  for (const note of c.notes ?? []) lines.push(`  note     ${note}`);
  return `${lines.join('\n')}\n`;
}
