// Writes the DuckDB interop matrix into OUTDIR and prints, as one JSON document on stdout, the
// files written and the canonical values every reader must return for them.
//   node duckdb-matrix.mjs OUTDIR
// Matrix: codecs × page v1/v2 × dictionary on/off × (no nulls | nulls in every column), each file
// holding every flat type DuckDB writes plus nested columns a reader must skip; larger files with
// several row groups. DuckDB cuts a page only at 100 MB, so the file with many pages per chunk
// (and the types and encodings DuckDB never writes) comes from hyparquet-writer.
import { DuckDBInstance } from '@duckdb/node-api';
import fs from 'node:fs';
import { parquetMetadata } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { parquetWriteFile } from 'hyparquet-writer';
import { canonFloat, canonSql, emit } from './canon.mjs';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node duckdb-matrix.mjs OUTDIR');
  process.exit(2);
}

const ROWS = 257; // odd, and not a multiple of 8: exercises bit-packing tails
const sq = s => `'${s.replaceAll("'", "''")}'`;
const typed = type => values => values.map(v => (v === null ? 'NULL' : `CAST(${sq(String(v))} AS ${type})`));

// Every flat column: a DuckDB type and the values its rows cycle through (few distinct values, so
// DuckDB picks a dictionary when it is allowed to).
const flatColumns = [
  ['c_bool', 'BOOLEAN', ['true', 'false', 'true']],
  ['c_tinyint', 'TINYINT', [-128, 127, 0, -1, 42]],
  ['c_smallint', 'SMALLINT', [-32768, 32767, 0, -1, 1234]],
  ['c_integer', 'INTEGER', [-2147483648, 2147483647, 0, -1, 123456]],
  ['c_bigint', 'BIGINT', ['-9223372036854775808', '9223372036854775807', 0, -1, 1234567890123]],
  ['c_utinyint', 'UTINYINT', [0, 255, 1, 128]],
  ['c_usmallint', 'USMALLINT', [0, 65535, 1, 32768]],
  ['c_uinteger', 'UINTEGER', [0, 4294967295, 1, 2147483648]],
  ['c_ubigint', 'UBIGINT', [0, '9223372036854775807', 1, 4294967296]],
  ['c_float', 'FLOAT', [1.5, -0.1, 3.4028235e38, 1.4e-45, 0, 'nan', 'inf', '-inf']],
  ['c_double', 'DOUBLE', [0.1, -1e308, 5e-324, 1 / 3, 'nan', '-inf', 123456789.123]],
  ['c_varchar', 'VARCHAR', ['', 'a', 'æøå Å', 'comma, "quote"', 'line\nbreak', 'x'.repeat(300)]],
  ['c_enum', "ENUM('attended', 'no_show', 'cancelled')", ['attended', 'no_show', 'cancelled']],
  ['c_json', 'JSON', ['{"x":1}', '[1,2]', 'null']],
  ['c_blob', 'BLOB', ['\\x00\\xFF', '', 'abc']],
  ['c_uuid', 'UUID', ['550e8400-e29b-41d4-a716-446655440000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-0000-0000-000000000001']],
  ['c_date', 'DATE', ['1970-01-01', '1969-12-31', '2024-02-29', '0001-01-01', '9999-12-31']],
  ['c_time', 'TIME', ['00:00:00', '23:59:59.999999', '12:34:56.789']],
  ['c_timestamp', 'TIMESTAMP', ['1970-01-01 00:00:00', '1969-07-20 20:17:40.123456', '2024-03-31 01:59:59.999999', '1900-01-01 00:00:00']],
  ['c_timestamp_s', 'TIMESTAMP_S', ['2024-01-01 00:00:01', '1960-06-30 12:00:00']],
  ['c_timestamp_ms', 'TIMESTAMP_MS', ['1969-07-20 20:17:40.123', '2024-10-27 02:30:00.5']],
  ['c_timestamp_ns', 'TIMESTAMP_NS', ['2024-03-31 01:59:59.123456789', '1969-12-31 23:59:59.999999', '1970-01-01 00:00:00.000000001', '1969-12-31 23:59:59.999999999']],
  ['c_timestamptz', 'TIMESTAMPTZ', ['2024-01-01 00:00:01+02', '1969-07-20 20:17:40.123456+00']],
  ['c_dec_4_2', 'DECIMAL(4,2)', ['-99.99', '99.99', '0', '1.5']],
  ['c_dec_9_3', 'DECIMAL(9,3)', ['-999999.999', '123456.789', '0.001']],
  ['c_dec_18_6', 'DECIMAL(18,6)', ['-999999999999.999999', '0.000001', '42']],
  ['c_dec_28_10', 'DECIMAL(28,10)', ['-999999999999999999.9999999999', '0.0000000001', '1']],
  ['c_dec_38_10', 'DECIMAL(38,10)', ['1234567890123456789.0123456789', '-0.5', '7922816251426433759.3543950335']],
  ['c_dec_38_0', 'DECIMAL(38,0)', ['79228162514264337593543950335', '-79228162514264337593543950335', '0']],
].map(([name, type, values]) => ({ name, type, literals: typed(type)(values) }));

// Nested columns a flat reader must skip (and refuse by name).
const nestedSql = `{'a': i::INTEGER, 'b': 'n' || (i % 3)} AS c_struct, [i::INTEGER, 2] AS c_list`;

function tableSql(name, withNulls) {
  const cols = flatColumns.map(({ name: col, literals }, k) => {
    const cycle = `CASE i % ${literals.length} ${literals.map((l, j) => `WHEN ${j} THEN ${l}`).join(' ')} END`;
    // A different null pattern per column, so a reader that mixes up null masks is caught.
    return withNulls ? `CASE WHEN (i + ${k}) % 5 = 0 THEN NULL ELSE ${cycle} END AS ${col}` : `${cycle} AS ${col}`;
  });
  if (withNulls) cols.push('CAST(NULL AS INTEGER) AS c_all_null');
  return `CREATE TABLE ${name} AS SELECT ${cols.join(', ')}, ${nestedSql} FROM range(${ROWS}) r(i) ORDER BY i`;
}

const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
const db = await instance.connect();

/** Canonical values of every flat column of a table, in row order. */
async function expected(table) {
  const described = (await db.runAndReadAll(`DESCRIBE ${table}`)).getRowObjects();
  const columns = [];
  for (const { column_name: name, column_type: type } of described) {
    const canon = canonSql(`"${name}"`, String(type));
    if (canon) columns.push({ name, duckdbType: String(type), kind: canon.kind, sql: canon.sql });
  }
  const reader = await db.runAndReadAll(`SELECT ${columns.map(c => c.sql).join(', ')} FROM ${table}`);
  const data = reader.getColumns();
  return columns.map(({ name, duckdbType, kind }, k) => ({
    name,
    duckdbType,
    kind,
    values: kind === 'float' || kind === 'double' ? data[k].map(canonFloat) : data[k],
  }));
}

/** The fewest data pages in any column chunk of the file (walking the page headers with hyparquet). */
function minDataPagesPerChunk(path) {
  const bytes = fs.readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  let fewest = Infinity;
  for (const { meta_data: m } of metadata.row_groups.flatMap(g => g.columns)) {
    let offset = Number(m.dictionary_page_offset ?? m.data_page_offset);
    const end = offset + Number(m.total_compressed_size);
    let pages = 0;
    while (offset < end) {
      const reader = { view, offset };
      const header = parquetHeader(reader);
      if (header.type !== 'DICTIONARY_PAGE') pages++;
      offset = reader.offset + header.compressed_page_size;
    }
    fewest = Math.min(fewest, pages);
  }
  return fewest;
}

async function encodings(path) {
  const rows = (await db.runAndReadAll(`SELECT DISTINCT encodings FROM parquet_metadata(${sq(path)})`)).getRowObjects();
  return [...new Set(rows.flatMap(r => String(r.encodings).split(',').map(e => e.trim())))].sort();
}

const tables = { plain: false, nulls: true };
const doc = { tables: {}, files: [] };
for (const [table, withNulls] of Object.entries(tables)) {
  await db.run(tableSql(table, withNulls));
  doc.tables[table] = { rows: ROWS, columns: await expected(table) };
  for (const codec of ['uncompressed', 'snappy', 'gzip', 'zstd']) {
    for (const pageVersion of [1, 2]) {
      for (const dictionary of [true, false]) {
        const path = `${outDir}/${table}-${codec}-v${pageVersion}-${dictionary ? 'dict' : 'plain'}.parquet`;
        const options = [`FORMAT parquet`, `COMPRESSION ${codec}`, `PARQUET_VERSION V${pageVersion}`];
        if (!dictionary) options.push('DICTIONARY_SIZE_LIMIT 1'); // DuckDB's way to turn dictionaries off
        await db.run(`COPY ${table} TO ${sq(path)} (${options.join(', ')})`);
        doc.files.push({ path, table, codec, pageVersion, dictionary, encodings: await encodings(path) });
      }
    }
  }
}

// Several row groups, several pages per chunk, a dictionary column and a PLAIN fallback column.
const BIG_ROWS = 50_000;
await db.run(`CREATE TABLE big AS SELECT i::BIGINT AS id, 'grp' || (i % 37) AS grp, 'row ' || i || repeat('.', (i % 13)::INTEGER) AS txt,
  CASE WHEN i % 10 = 3 THEN NULL ELSE i * 0.25 END::DOUBLE AS score,
  TIMESTAMP '2024-01-01 08:00:00' + to_microseconds(i * 1000003) AS at FROM range(${BIG_ROWS}) r(i) ORDER BY i`);
doc.tables.big = { rows: BIG_ROWS, columns: await expected('big') };
for (const pageVersion of [1, 2]) {
  const path = `${outDir}/big-snappy-v${pageVersion}.parquet`;
  await db.run(`COPY big TO ${sq(path)} (FORMAT parquet, COMPRESSION snappy, PARQUET_VERSION V${pageVersion}, ROW_GROUP_SIZE 10240)`);
  doc.files.push({ path, table: 'big', codec: 'snappy', pageVersion, dictionary: true, encodings: await encodings(path) });
}

// No rows at all: no row groups, only a schema.
const emptyPath = `${outDir}/empty.parquet`;
await db.run(`COPY (SELECT * FROM plain WHERE false) TO ${sq(emptyPath)} (FORMAT parquet)`);
doc.files.push({ path: emptyPath, table: 'empty', codec: 'snappy', pageVersion: 1, dictionary: true, encodings: [] });

// UINT64 values beyond long.MaxValue, which a reader handing out longs must refuse.
const ubigPath = `${outDir}/ubigint-beyond-long.parquet`;
await db.run(`COPY (SELECT * FROM (VALUES (1::UBIGINT), (18446744073709551615::UBIGINT)) v(c_ubigint)) TO ${sq(ubigPath)} (FORMAT parquet)`);
doc.files.push({ path: ubigPath, table: 'ubigint', codec: 'snappy', pageVersion: 1, dictionary: true, encodings: await encodings(ubigPath) });

// hyparquet-writer: small pages (many per chunk), DELTA_BYTE_ARRAY, TIMESTAMP(MILLIS/NANOS) UTC,
// TIME(MILLIS), INT(8)/UINT(16) and a REQUIRED column.
const PAGE_ROWS = 10_000;
const pageRows = Array.from({ length: PAGE_ROWS }, (_, i) => i);
const pageColumns = [
  { name: 'id', kind: 'long', element: { type: 'INT64', repetition_type: 'REQUIRED' }, encoding: 'DELTA_BINARY_PACKED',
    data: pageRows.map(i => BigInt(i) * 7919n - 40_000_000n) },
  { name: 'name', kind: 'string', element: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }, encoding: 'DELTA_BYTE_ARRAY',
    data: pageRows.map(i => (i % 11 === 4 ? null : `patient-${Math.floor(i / 3)}-æ${i % 5}`)) },
  { name: 'code', kind: 'string', element: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
    data: pageRows.map(i => `C${i % 17}`) },
  { name: 'score', kind: 'double', element: { type: 'DOUBLE', repetition_type: 'OPTIONAL' }, encoding: 'BYTE_STREAM_SPLIT',
    data: pageRows.map(i => (i % 10 === 3 ? null : i / 7)) },
  { name: 'at_ms_utc', kind: 'timestamp', element: { type: 'INT64', repetition_type: 'OPTIONAL', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' } },
    data: pageRows.map(i => BigInt(1_700_000_000_000 + i * 60_001 - (i % 2) * 2_000_000_000_000)) },
  { name: 'at_ns_utc', kind: 'timestamp', element: { type: 'INT64', repetition_type: 'OPTIONAL', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'NANOS' } },
    data: pageRows.map(i => BigInt(1_700_000_000_000_000_000n) + BigInt(i) * 1_000_123n) },
  { name: 'time_ms', kind: 'int', element: { type: 'INT32', repetition_type: 'OPTIONAL', converted_type: 'TIME_MILLIS' },
    data: pageRows.map(i => (i * 8_641) % 86_400_000) },
  { name: 'i8', kind: 'int', element: { type: 'INT32', repetition_type: 'OPTIONAL', converted_type: 'INT_8' },
    data: pageRows.map(i => (i % 256) - 128) },
  { name: 'u16', kind: 'int', element: { type: 'INT32', repetition_type: 'OPTIONAL', converted_type: 'UINT_16' },
    data: pageRows.map(i => (i * 37) % 65536) },
];
const pagesPath = `${outDir}/pages-hyparquet-writer.parquet`;
parquetWriteFile({
  filename: pagesPath,
  columnData: pageColumns.map(({ name, data, encoding }) => ({ name, data, encoding })),
  schema: [{ name: 'root', num_children: pageColumns.length }, ...pageColumns.map(({ name, element }) => ({ name, ...element }))],
  pageSize: 2048,
  rowGroupSize: 4096,
});
const canonPage = ({ name, data }) => {
  if (name === 'score') return data.map(canonFloat);
  if (name === 'at_ms_utc') return data.map(v => (v * 1000n).toString());
  if (name === 'at_ns_utc') return data.map(v => (v / 1000n).toString()); // positive: floor == truncation
  return data.map(v => (v === null ? null : String(v)));
};
doc.tables.pages = { rows: PAGE_ROWS, columns: pageColumns.map(c => ({ name: c.name, kind: c.kind, values: canonPage(c) })) };
doc.files.push({ path: pagesPath, table: 'pages', codec: 'snappy', pageVersion: 2, dictionary: true, encodings: await encodings(pagesPath), minDataPagesPerChunk: minDataPagesPerChunk(pagesPath) });

await emit(doc);
