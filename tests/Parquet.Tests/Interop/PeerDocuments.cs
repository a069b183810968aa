using System.Text.Json;

namespace Attendance.Parquet.Tests.Interop;

/// <summary>Output of duckdb-matrix.mjs: the files written and the values of each source table.</summary>
internal sealed record MatrixDocument(Dictionary<string, TableValues> Tables, List<MatrixFile> Files);

/// <summary>A table's rows as canonical values per column (see tests/peers/canon.mjs).</summary>
internal sealed record TableValues(int Rows, List<ColumnValues> Columns);

/// <summary>
/// One column: <see cref="Kind"/> says how our reader reads it (bool, int, long, float, double,
/// decimal, string, bytes, date, time, timestamp); values are strings, JSON numbers for floats, or null.
/// </summary>
internal sealed record ColumnValues(string Name, string Kind, string? DuckdbType, List<JsonElement> Values);

internal sealed record MatrixFile(string Path, string Table, string Codec, int PageVersion, bool Dictionary, List<string> Encodings, int? MinDataPagesPerChunk)
{
    public override string ToString() => System.IO.Path.GetFileName(Path);
}

/// <summary>Output of read-peers.mjs: each file as DuckDB and hyparquet read it.</summary>
internal sealed record PeerReadDocument(List<PeerReadFile> Files);

internal sealed record PeerReadFile(string Path, PeerRead? Duckdb, string? DuckdbError, PeerRead? Hyparquet, string? HyparquetError);

internal sealed record PeerRead(
    long NumRows,
    int NumRowGroups,
    Dictionary<string, string>? KeyValueMetadata,
    List<string>? Unsupported,
    Dictionary<string, List<string>>? Encodings,
    StatisticsProbes? StatisticsProbes,
    List<PeerColumn> Columns);

/// <summary>Equality filters DuckDB ran with row-group pruning by min/max, and those that lost rows.</summary>
internal sealed record StatisticsProbes(int Probes, List<string> Failures);

internal sealed record PeerColumn(string Name, string? DuckdbType, string? Kind, string? Type, List<JsonElement> Values);
