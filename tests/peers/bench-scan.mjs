// The read-throughput peer for benchmarks/Parquet: DuckDB writes the appointment-like file, then
// scans it single-threaded (best of RUNS) with a query that touches every column. Prints JSON.
//   node bench-scan.mjs FILE [ROWS] [RUNS]
import { DuckDBInstance } from '@duckdb/node-api';
import { emit } from './canon.mjs';

const [path, rowsArg = '5000000', runsArg = '3'] = process.argv.slice(2);
if (!path) {
  console.error('usage: node bench-scan.mjs FILE [ROWS] [RUNS]');
  process.exit(2);
}
const rows = Number(rowsArg);
const sq = s => `'${s.replaceAll("'", "''")}'`;

// Writing may use every core; the scan is timed on one thread.
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const writeStart = performance.now();
await db.run(`COPY (
  SELECT
    i::BIGINT AS appointment_id,
    (hash(i % 1500000) % 100000000)::BIGINT AS patient_id,
    (10 + (i * 7) % 50)::INTEGER AS duration_min,
    CASE WHEN i % 10 = 7 THEN NULL ELSE ((i * 2654435761) % 90000) / 1000.0 END::DOUBLE AS distance_km,
    ('dept-' || (i * 31) % 40) AS department,
    ('visit type ' || (i * 17) % 250) AS visit_type,
    TIMESTAMPTZ '2023-01-01 00:00:00+00' + to_microseconds(i * 6000000 - (i % 97) * 86400000000) AS booked_at,
    TIMESTAMPTZ '2023-01-01 00:00:00+00' + to_microseconds(i * 6000000 + ((i * 13) % 900) * 60000000) AS start_at,
    (i % 3 = 0) AS reminder_sent,
    ((i * 7919) % 100)::INTEGER AS age
  FROM range(${rows}) r(i)
) TO ${sq(path)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 1000000)`);
const writeSeconds = (performance.now() - writeStart) / 1000;

await db.run('SET threads = 1');
const query = `SELECT count(*)::VARCHAR AS rows, sum(appointment_id)::VARCHAR AS sum_id, sum(patient_id)::VARCHAR AS sum_patient,
  sum(duration_min)::VARCHAR AS sum_duration, count(distance_km)::VARCHAR AS distance_count, sum(distance_km) AS sum_distance,
  max(department) AS max_department, max(visit_type) AS max_visit_type, epoch_us(max(booked_at))::VARCHAR AS max_booked_at,
  epoch_us(max(start_at))::VARCHAR AS max_start_at, count_if(reminder_sent)::VARCHAR AS reminders, sum(age)::VARCHAR AS sum_age
  FROM read_parquet(${sq(path)})`;
const scans = [];
let result;
for (let run = 0; run < Number(runsArg); run++) {
  const start = performance.now();
  result = (await db.runAndReadAll(query)).getRowObjects()[0];
  scans.push((performance.now() - start) / 1000);
}
const meta = (await db.runAndReadAll(`SELECT sum(total_uncompressed_size)::VARCHAR AS uncompressed, count(DISTINCT row_group_id)::VARCHAR AS row_groups
  FROM parquet_metadata(${sq(path)})`)).getRowObjects()[0];
await emit({
  duckdbVersion: (await db.runAndReadAll('SELECT version() AS v')).getRowObjects()[0].v,
  writeSeconds,
  scanSeconds: scans,
  uncompressedBytes: Number(meta.uncompressed),
  rowGroups: Number(meta.row_groups),
  aggregates: result,
});
