// Recreates duckdb-history.parquet (run with @duckdb/node-api 1.5.6-r.1: node duckdb-history.mjs).
import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
await c.run(`COPY (
  SELECT 'A' || i AS appointment_id,
         'P' || lpad((i % 7)::VARCHAR, 6, '0') AS patient_id,
         CAST(TIMESTAMPTZ '2026-01-05 08:00:00+00' + INTERVAL (i) DAY - INTERVAL 20 DAY AS TIMESTAMP_NS) AS booked_at,
         CAST(TIMESTAMPTZ '2026-01-05 08:00:00+00' + INTERVAL (i) DAY + INTERVAL (i * 15) MINUTE AS TIMESTAMP_MS) AS start_at,
         CASE WHEN i % 10 = 3 THEN 'no_show' WHEN i % 10 = 7 THEN 'cancelled' ELSE 'attended' END AS outcome,
         CAST(20 + i AS BIGINT) AS age,
         CAST(i * 1.5 AS FLOAT) AS distance_km,
         CAST(i % 4 AS SMALLINT) AS duration_min,
         (i % 2 = 0) AS x_flag,
         'note ' || i AS x_note,
         42 AS unrelated
  FROM range(1, 21) t(i)
) TO 'duckdb-history.parquet' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 8)`);
const r = await c.runAndReadAll(`SELECT * FROM parquet_schema('duckdb-history.parquet')`);
console.log(r.getRows().map(x => x.slice(1,8).map(String).join(' ')).join('\n'));
