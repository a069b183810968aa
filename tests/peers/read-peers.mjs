// Reads each given Parquet file with DuckDB and with hyparquet (+ hyparquet-compressors) and prints,
// as one JSON document on stdout, every column's values in the canonical forms of canon.mjs.
//   node read-peers.mjs FILE...
// A reader failing on a file is reported in that file's entry (duckdbError / hyparquetError), so
// the caller sees every failure of a batch at once.
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { canonFloat, canonSql, emit, hex } from './canon.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node read-peers.mjs FILE...');
  process.exit(2);
}

const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
const db = await instance.connect();
const sq = s => `'${s.replaceAll("'", "''")}'`;

async function readWithDuckDb(path) {
  const source = `read_parquet(${sq(path)})`;
  const described = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjects();
  const columns = [];
  const unsupported = [];
  for (const { column_name: name, column_type: type } of described) {
    const canon = canonSql(`"${name}"`, String(type));
    if (canon) columns.push({ name, duckdbType: String(type), ...canon });
    else unsupported.push(`${name} ${type}`);
  }
  const data = (await db.runAndReadAll(`SELECT ${columns.map(c => c.sql).join(', ')} FROM ${source}`)).getColumns();
  const meta = (await db.runAndReadAll(`SELECT num_rows::VARCHAR AS num_rows, num_row_groups::VARCHAR AS num_row_groups FROM parquet_file_metadata(${sq(path)})`)).getRowObjects()[0];
  const chunks = (await db.runAndReadAll(`SELECT path_in_schema AS name, encodings FROM parquet_metadata(${sq(path)})`)).getRowObjects();
  const encodings = {};
  for (const { name, encodings: list } of chunks) {
    encodings[name] = [...new Set([...(encodings[name] ?? []), ...String(list).split(',').map(e => e.trim())])].sort();
  }
  const kv = (await db.runAndReadAll(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${sq(path)})`)).getRowObjects();
  const values = columns.map(({ kind }, k) => (kind === 'float' || kind === 'double' ? data[k].map(canonFloat) : data[k]));
  return {
    numRows: Number(meta.num_rows),
    numRowGroups: Number(meta.num_row_groups),
    statisticsProbes: await probeStatistics(source, columns, values),
    keyValueMetadata: Object.fromEntries(kv.map(({ key, value }) => [key, value])),
    unsupported,
    encodings,
    columns: columns.map(({ name, duckdbType, kind }, k) => ({
      name,
      duckdbType,
      kind,
      values: values[k],
    })),
  };
}

// DuckDB skips row groups whose min/max statistics exclude a filter's value, so an equality filter
// returns too few rows when a writer's statistics are wrong. Probe values from every row group and
// compare the filtered count with the count in the full read.
const PROBE_ROWS = 12;
const literal = {
  int: v => v,
  long: v => v,
  string: v => sq(v),
  date: v => `(DATE '1970-01-01' + ${v}::INTEGER)`,
  timestamp: v => `make_timestamp(${v}::BIGINT)`,
};
async function probeStatistics(source, columns, values) {
  const failures = [];
  let probes = 0;
  for (const [k, { name, kind, duckdbType }] of columns.entries()) {
    const toLiteral = literal[kind];
    if (!toLiteral) continue;
    const rows = values[k].length;
    const picked = new Set();
    for (let p = 0; p < PROBE_ROWS && rows > 0; p++) {
      const v = values[k][Math.floor((p * (rows - 1)) / (PROBE_ROWS - 1))];
      if (v !== null) picked.add(v);
    }
    for (const probe of picked) {
      const cast = duckdbType.startsWith('TIMESTAMP WITH') ? `${toLiteral(probe)}::TIMESTAMPTZ` : toLiteral(probe);
      const got = Number((await db.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${source} WHERE "${name}" = ${cast}`)).getRowObjects()[0].n);
      const expected = values[k].filter(v => v === probe).length;
      probes++;
      if (got !== expected) failures.push(`${name} = ${String(probe).slice(0, 40)}: ${got} rows, expected ${expected}`);
    }
  }
  return { probes, failures };
}

// Timestamps as microseconds and dates as days, like the DuckDB side (no Date objects, which lose
// microseconds).
const floorDiv = (a, b) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
const parsers = {
  timestampFromMilliseconds: ms => (BigInt(ms) * 1000n).toString(),
  timestampFromMicroseconds: us => BigInt(us).toString(),
  timestampFromNanoseconds: ns => floorDiv(BigInt(ns), 1000n).toString(),
  dateFromDays: days => String(days),
};

function canonHyparquet(value, physicalType) {
  if (value === null || value === undefined) return null;
  if (physicalType === 'FLOAT' || physicalType === 'DOUBLE') return canonFloat(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint' || typeof value === 'number') return value.toString();
  if (value instanceof Uint8Array) return hex(value);
  return String(value);
}

async function readWithHyparquet(path) {
  const bytes = fs.readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const metadata = parquetMetadata(file);
  // Top-level leaves only: nested groups have no canonical form here.
  const leaves = parquetSchema(metadata).children.filter(c => c.children.length === 0).map(c => c.element);
  const rows = await parquetReadObjects({ file, metadata, compressors, parsers });
  return {
    numRows: Number(metadata.num_rows),
    numRowGroups: metadata.row_groups.length,
    columns: leaves.map(({ name, type }) => ({ name, type, values: rows.map(r => canonHyparquet(r[name], type)) })),
  };
}

const results = [];
for (const path of files) {
  const entry = { path };
  try {
    entry.duckdb = await readWithDuckDb(path);
  } catch (e) {
    entry.duckdbError = String(e?.message ?? e);
  }
  try {
    entry.hyparquet = await readWithHyparquet(path);
  } catch (e) {
    entry.hyparquetError = String(e?.message ?? e);
  }
  results.push(entry);
}
await emit({ files: results });
