/**
 * `--parquet out.parquet`: the flattened results (flatRow.ts) written through DuckDB. Rows go
 * through DuckDB's appender into a table of a temporary database file (so memory stays bounded
 * however many cases there are), and `COPY … TO … (FORMAT parquet)` writes the file at the end.
 *
 * DuckDB (`@duckdb/node-api`) is optional: nodeStreamIo.ts loads it only for this flag. This
 * module only describes the part of its API it uses.
 *
 * @module
 */
import { quote } from '../../_lib/text.js';
import { UsageError } from '../io.js';
import { FLAT_COLUMNS, type FlatRow } from './flatRow.js';
import type { RowSink } from './streamIo.js';

/** The part of a DuckDB appender used here. */
interface Appender {
  appendBigInt(value: bigint): void;
  appendInteger(value: number): void;
  appendBoolean(value: boolean): void;
  appendVarchar(value: string): void;
  appendList(value: readonly string[], type: unknown): void;
  appendNull(): void;
  columnType(index: number): unknown;
  endRow(): void;
  flushSync(): void;
  closeSync(): void;
}

/** The part of a DuckDB connection used here. */
interface Connection {
  run(sql: string): Promise<unknown>;
  createAppender(table: string): Promise<Appender>;
  closeSync(): void;
}

/** The part of `@duckdb/node-api` used here. */
export interface DuckdbModule {
  readonly DuckDBInstance: { create(path?: string, options?: Record<string, string>): Promise<{ connect(): Promise<Connection>; closeSync(): void }> };
}

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
const LIST_COLUMN = FLAT_COLUMNS.findIndex(([, type]) => type === 'VARCHAR[]');

/** Appends one row, column by column in the order of {@link FLAT_COLUMNS}. */
function append(appender: Appender, row: FlatRow, listType: unknown): void {
  for (const [name, type] of FLAT_COLUMNS) {
    const value = row[name];
    if (value === null) appender.appendNull();
    else if (type === 'VARCHAR[]') appender.appendList(value as readonly string[], listType);
    else if (type === 'BIGINT') appender.appendBigInt(BigInt(value as number));
    else if (type === 'INTEGER') appender.appendInteger(value as number);
    else if (type === 'BOOLEAN') appender.appendBoolean(value as boolean);
    else appender.appendVarchar(value as string); // VARCHAR, and DATE from its YYYY-MM-DD text
  }
  appender.endRow();
}

/**
 * A sink writing rows to `target` through DuckDB.
 *
 * @param duckdb - the loaded `@duckdb/node-api`
 * @param database - the temporary database file (it must not exist; the caller removes it)
 * @param target - the absolute path of the Parquet file (replaced if it exists)
 * @returns the sink
 */
export async function parquetSink(duckdb: DuckdbModule, database: string, target: string): Promise<RowSink> {
  const instance = await duckdb.DuckDBInstance.create(database);
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE results (${FLAT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})`);
  const appender = await connection.createAppender('results');
  const listType = appender.columnType(LIST_COLUMN);
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    appender.closeSync();
    connection.closeSync();
    instance.closeSync();
  };
  return {
    add: async (rows) => {
      for (const row of rows) append(appender, row, listType);
    },
    finish: async () => {
      appender.flushSync();
      try {
        await connection.run(`COPY (SELECT * FROM results ORDER BY case_index) TO ${sqlString(target)} (FORMAT parquet)`);
      } catch (error) {
        throw new UsageError(`cannot write the Parquet file ${quote(target)} (${error instanceof Error ? error.message : String(error)}); expected a writable path for --parquet`);
      } finally {
        close();
      }
    },
    abort: async () => close(),
  };
}
