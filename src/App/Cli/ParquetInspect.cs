using System.Globalization;
using System.Text;
using System.Text.Json;
using Attendance.Parquet;

namespace Attendance.App.Cli;

/// <summary><c>attendance parquet inspect</c>: the footer as an aligned text report or one JSON object.</summary>
internal static class ParquetInspect
{
    private const int MaxTextStatistic = 40;

    public static void WriteText(ParquetFileReader reader, TextWriter output)
    {
        var metadata = reader.Metadata;
        output.WriteLine($"file        {reader.Path}");
        output.WriteLine(FormattableString.Invariant($"rows        {reader.RowCount} in {reader.RowGroupCount} row group(s)"));
        output.WriteLine($"created by  {metadata.CreatedBy ?? "(unknown)"}");
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant($"columns ({reader.Schema.Columns.Count})"));
        WriteTable(output, ["name", "physical", "logical", "repetition"], reader.Schema.Columns.Select(c =>
            new[] { c.Name, PhysicalName(c), LogicalName(c.LogicalType) ?? "", Repetition(c) }));

        for (var g = 0; g < metadata.RowGroups.Count; g++)
        {
            var group = metadata.RowGroups[g];
            output.WriteLine();
            output.WriteLine(FormattableString.Invariant($"row group {g}: {group.NumRows} rows, {group.TotalByteSize} bytes"));
            WriteTable(output, ["column", "codec", "encodings", "compressed", "uncompressed", "nulls", "min", "max"],
                Chunks(reader, group).Select(chunk => new[]
                {
                    chunk.Name, chunk.Codec, string.Join(',', chunk.Encodings),
                    Number(chunk.CompressedSize), Number(chunk.UncompressedSize), chunk.NullCount is { } n ? Number(n) : "",
                    Shorten(chunk.Min), Shorten(chunk.Max),
                }));
        }

        if (metadata.KeyValueMetadata.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("key-value metadata");
            foreach (var kv in metadata.KeyValueMetadata)
            {
                output.WriteLine($"  {kv.Key}: {Shorten(kv.Value, 200)}");
            }
        }
    }

    public static void WriteJson(ParquetFileReader reader, TextWriter output)
    {
        var metadata = reader.Metadata;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("file", reader.Path);
            json.WriteNumber("num_rows", reader.RowCount);
            json.WriteNumber("num_row_groups", reader.RowGroupCount);
            json.WriteString("created_by", metadata.CreatedBy);
            json.WriteStartArray("columns");
            foreach (var column in reader.Schema.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("physical_type", PhysicalName(column));
                json.WriteString("logical_type", LogicalName(column.LogicalType));
                json.WriteString("repetition", Repetition(column));
                json.WriteBoolean("nested", column.IsNested);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("row_groups");
            foreach (var group in metadata.RowGroups)
            {
                json.WriteStartObject();
                json.WriteNumber("num_rows", group.NumRows);
                json.WriteNumber("total_byte_size", group.TotalByteSize);
                json.WriteStartArray("columns");
                foreach (var chunk in Chunks(reader, group))
                {
                    json.WriteStartObject();
                    json.WriteString("name", chunk.Name);
                    json.WriteString("codec", chunk.Codec);
                    json.WriteStartArray("encodings");
                    chunk.Encodings.ForEach(json.WriteStringValue);
                    json.WriteEndArray();
                    json.WriteNumber("num_values", chunk.NumValues);
                    json.WriteNumber("compressed_size", chunk.CompressedSize);
                    json.WriteNumber("uncompressed_size", chunk.UncompressedSize);
                    json.WriteStartObject("statistics");
                    if (chunk.NullCount is { } nulls)
                    {
                        json.WriteNumber("null_count", nulls);
                    }
                    else
                    {
                        json.WriteNull("null_count");
                    }
                    json.WriteString("min", chunk.Min);
                    json.WriteString("max", chunk.Max);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartObject("key_value_metadata");
            foreach (var kv in metadata.KeyValueMetadata)
            {
                json.WriteString(kv.Key, kv.Value);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>A column chunk's footer entry with its statistics decoded for display.</summary>
    private sealed record ChunkSummary(
        string Name, string Codec, List<string> Encodings, long NumValues, long CompressedSize, long UncompressedSize,
        long? NullCount, string? Min, string? Max);

    private static IEnumerable<ChunkSummary> Chunks(ParquetFileReader reader, RowGroup group)
    {
        for (var i = 0; i < group.Columns.Count; i++)
        {
            var meta = group.Columns[i].MetaData;
            if (meta is null)
            {
                continue;
            }
            var name = string.Join('.', meta.PathInSchema);
            var column = reader.Schema.Find(name) ?? (i < reader.Schema.Columns.Count ? reader.Schema.Columns[i] : null);
            var stats = meta.Statistics;
            var min = stats?.MinValue ?? stats?.Min;
            var max = stats?.MaxValue ?? stats?.Max;
            yield return new ChunkSummary(
                name,
                meta.Codec.ToString().ToUpperInvariant(),
                meta.Encodings.Select(EncodingName).ToList(),
                meta.NumValues,
                meta.TotalCompressedSize,
                meta.TotalUncompressedSize,
                stats?.NullCount,
                min is { } lo && column is not null ? ParquetValueText.Statistic(lo.Span, column) : null,
                max is { } hi && column is not null ? ParquetValueText.Statistic(hi.Span, column) : null);
        }
    }

    private static string EncodingName(ParquetEncoding encoding) => encoding switch
    {
        ParquetEncoding.Plain => "PLAIN",
        ParquetEncoding.PlainDictionary => "PLAIN_DICTIONARY",
        ParquetEncoding.Rle => "RLE",
        ParquetEncoding.BitPacked => "BIT_PACKED",
        ParquetEncoding.DeltaBinaryPacked => "DELTA_BINARY_PACKED",
        ParquetEncoding.DeltaLengthByteArray => "DELTA_LENGTH_BYTE_ARRAY",
        ParquetEncoding.DeltaByteArray => "DELTA_BYTE_ARRAY",
        ParquetEncoding.RleDictionary => "RLE_DICTIONARY",
        ParquetEncoding.ByteStreamSplit => "BYTE_STREAM_SPLIT",
        _ => ((int)encoding).ToString(CultureInfo.InvariantCulture),
    };

    private static string PhysicalName(ParquetColumn column) => column.PhysicalType switch
    {
        PhysicalType.FixedLenByteArray => FormattableString.Invariant($"FIXED_LEN_BYTE_ARRAY({column.TypeLength})"),
        PhysicalType.ByteArray => "BYTE_ARRAY",
        var other => other.ToString().ToUpperInvariant(),
    };

    private static string Repetition(ParquetColumn column) =>
        (column.IsOptional ? "optional" : "required") + (column.IsNested ? ", nested" : "");

    private static string? LogicalName(LogicalType? logical) => logical switch
    {
        null or { Kind: LogicalTypeKind.None } => null,
        { Kind: LogicalTypeKind.Timestamp or LogicalTypeKind.Time } =>
            $"{logical.Kind.ToString().ToUpperInvariant()}({logical.Unit.ToString().ToUpperInvariant()}{(logical.IsAdjustedToUtc ? ", UTC" : "")})",
        { Kind: LogicalTypeKind.Decimal } => FormattableString.Invariant($"DECIMAL({logical.Precision},{logical.Scale})"),
        { Kind: LogicalTypeKind.Integer } => FormattableString.Invariant($"{(logical.IsSigned ? "INT" : "UINT")}({logical.BitWidth})"),
        _ => logical.Kind.ToString().ToUpperInvariant(),
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string? value, int max = MaxTextStatistic)
    {
        if (value is null)
        {
            return "";
        }
        var oneLine = value.ReplaceLineEndings(" ");
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)] + "…";
    }

    private static void WriteTable(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder("  ");
            for (var c = 0; c < row.Length; c++)
            {
                line.Append(c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            }
            output.WriteLine(line.ToString().TrimEnd());
        }
    }
}
