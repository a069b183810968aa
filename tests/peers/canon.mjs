// Canonical JSON forms shared by the peer scripts and the C# interop tests:
// exact values travel as strings (so 64-bit integers and decimals survive JSON), floats as JSON
// numbers (JS prints the shortest round-trip form), non-finite floats as "NaN"/"Infinity"/"-Infinity".

/** @param {unknown} v */
export function canonFloat(v) {
  if (v === null || v === undefined) return null;
  const n = Number(v);
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Object.is(n, -0)) return '-0';
  return n;
}

/** @param {Uint8Array} bytes */
export function hex(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex').toUpperCase();
}

/** Writes one JSON document to stdout and resolves once it is flushed (large outputs are asynchronous on pipes). */
export function emit(doc) {
  return new Promise((resolve, reject) => process.stdout.write(JSON.stringify(doc) + '\n', e => (e ? reject(e) : resolve())));
}

/**
 * The SQL expression that turns a DuckDB column into its canonical form, and the kind the C# side
 * reads it as. Floats stay numeric (converted by canonFloat); everything else becomes VARCHAR.
 * @param {string} col quoted column name
 * @param {string} type DuckDB type name as DESCRIBE prints it
 */
export function canonSql(col, type) {
  const t = type.toUpperCase();
  if (t === 'BOOLEAN') return { kind: 'bool', sql: `CASE WHEN ${col} THEN 'true' WHEN NOT ${col} THEN 'false' END` };
  if (t === 'FLOAT') return { kind: 'float', sql: col };
  if (t === 'DOUBLE') return { kind: 'double', sql: col };
  if (['TINYINT', 'SMALLINT', 'INTEGER', 'UTINYINT', 'USMALLINT'].includes(t)) return { kind: 'int', sql: `${col}::VARCHAR` };
  // UBIGINT reads as long: values beyond long.MaxValue are an error, never a wrapped number.
  if (['BIGINT', 'UINTEGER', 'UBIGINT'].includes(t)) return { kind: 'long', sql: `${col}::VARCHAR` };
  if (t.startsWith('DECIMAL')) return { kind: 'decimal', sql: `${col}::VARCHAR` };
  if (t === 'VARCHAR' || t === 'JSON' || t.startsWith('ENUM')) return { kind: 'string', sql: `${col}::VARCHAR` };
  if (t === 'BLOB') return { kind: 'bytes', sql: `hex(${col})` };
  if (t === 'UUID') return { kind: 'bytes', sql: `upper(replace(${col}::VARCHAR, '-', ''))` };
  if (t === 'DATE') return { kind: 'date', sql: `(${col} - DATE '1970-01-01')::VARCHAR` };
  if (t === 'TIME') return { kind: 'time', sql: `((hour(${col})::BIGINT * 3600 + minute(${col}) * 60) * 1000000 + microsecond(${col}))::VARCHAR` };
  if (t === 'TIMESTAMP_NS') {
    // Floor to microseconds: the reader's documented unit for every timestamp.
    return { kind: 'timestamp', sql: `((epoch_ns(${col}) - ((epoch_ns(${col}) % 1000) + 1000) % 1000) // 1000)::VARCHAR` };
  }
  if (t.startsWith('TIMESTAMP')) return { kind: 'timestamp', sql: `epoch_us(${col})::VARCHAR` };
  return null;
}
