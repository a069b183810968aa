namespace Attendance.Parquet.Tests.Interop;

/// <summary>Files written by our writer, read back by DuckDB, hyparquet and our own reader.</summary>
public sealed class WriterInteropTests(WriterMatrixFixture fixture) : IClassFixture<WriterMatrixFixture>
{
    /// <summary>Every codec the writer offers: each theory runs once per codec.</summary>
    public static TheoryData<ParquetCompression> Codecs { get; } =
        [ParquetCompression.Uncompressed, ParquetCompression.Snappy, ParquetCompression.Gzip, ParquetCompression.Zstd];

    [Theory]
    [MemberData(nameof(Codecs))]
    public void DuckDb_ReadsOurWriterMatrix_ToTheWrittenValuesTypesAndMetadata(ParquetCompression codec)
    {
        var differences = new List<string>();
        foreach (var file in FilesWith(codec))
        {
            var peer = fixture.PeerReads[file.Path];
            if (peer.Duckdb is not { } duckdb)
            {
                differences.Add($"{file}: DuckDB failed: {peer.DuckdbError}");
                continue;
            }
            Check(differences, $"{file} DuckDB", duckdb);
            differences.AddRange(
                from column in fixture.Matrix.Columns
                let read = duckdb.Columns.FirstOrDefault(c => c.Name == column.Spec.Name)
                where read is not null && read.DuckdbType != column.DuckDbType
                select $"{file} DuckDB {column.Spec.Name}: type {read.DuckdbType}, expected {column.DuckDbType}");
            if (duckdb.KeyValueMetadata?.GetValueOrDefault("attendance.matrix") != file.Path)
            {
                differences.Add($"{file} DuckDB: key-value metadata attendance.matrix missing or wrong");
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Hyparquet_ReadsOurWriterMatrix_ToTheWrittenValues(ParquetCompression codec)
    {
        var differences = new List<string>();
        foreach (var file in FilesWith(codec))
        {
            var peer = fixture.PeerReads[file.Path];
            if (peer.Hyparquet is { } hyparquet)
            {
                Check(differences, $"{file} hyparquet", hyparquet);
            }
            else
            {
                differences.Add($"{file}: hyparquet failed: {peer.HyparquetError}");
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void OurReader_ReadsOurWriterMatrix_ToTheWrittenValues(ParquetCompression codec)
    {
        var differences = new List<string>();
        foreach (var file in FilesWith(codec))
        {
            using var reader = ParquetFileReader.Open(file.Path);
            Assert.Equal(3, reader.RowGroupCount);
            foreach (var column in fixture.Matrix.Columns)
            {
                var read = CanonicalValues.Read(reader, column.Spec.Name, column.Kind).Values;
                differences.AddRange(CanonicalValues.Differences($"{file} ours {column.Spec.Name}", column.Canonical, read));
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void DuckDb_SeesDictionaryEncodingExactlyWhereOurWriterShouldUseIt()
    {
        // The dictionary dimension must be real: on for low-cardinality columns when enabled, never when
        // disabled, and PLAIN fallback for the column whose dictionary outgrows DictionaryMaxBytes.
        var differences = new List<string>();
        foreach (var file in fixture.Files)
        {
            var encodings = fixture.PeerReads[file.Path].Duckdb?.Encodings ?? [];
            bool Dictionary(string column) =>
                encodings.GetValueOrDefault(column, []).Any(e => e is "RLE_DICTIONARY" or "PLAIN_DICTIONARY");
            if (Dictionary("string_req") != file.Dictionary || Dictionary("int_req") != file.Dictionary)
            {
                differences.Add($"{file}: string_req {Show("string_req")}, int_req {Show("int_req")}");
            }
            if (!encodings.GetValueOrDefault("string_unique", []).Contains("PLAIN"))
            {
                differences.Add($"{file}: string_unique {Show("string_unique")}, expected a PLAIN fallback");
            }
            string Show(string column) => string.Join('+', encodings.GetValueOrDefault(column, []));
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void DuckDb_PrunesRowGroupsByOurStatistics_WithoutLosingRows()
    {
        // DuckDB skips row groups whose min/max exclude a filter value: wrong statistics lose rows.
        var failures = new List<string>();
        var probes = 0;
        foreach (var file in fixture.Files)
        {
            var result = fixture.PeerReads[file.Path].Duckdb?.StatisticsProbes;
            probes += result?.Probes ?? 0;
            failures.AddRange(result?.Failures.Select(f => $"{file}: {f}") ?? [$"{file}: no probes"]);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(probes >= 100 * fixture.Files.Count, $"only {probes} probes ran");
    }

    private List<WrittenFile> FilesWith(ParquetCompression codec)
    {
        var files = fixture.Files.Where(f => f.Codec == codec).ToList();
        Assert.Equal(4, files.Count); // page v1/v2 × dictionary on/off
        return files;
    }

    private void Check(List<string> differences, string where, PeerRead read)
    {
        if (read.NumRows != WriterMatrix.Rows || read.NumRowGroups != 3)
        {
            differences.Add($"{where}: {read.NumRows} rows in {read.NumRowGroups} row groups, expected {WriterMatrix.Rows} in 3");
        }
        var missing = fixture.Matrix.Columns.Select(c => c.Spec.Name).Except(read.Columns.Select(c => c.Name));
        differences.AddRange(missing.Select(name => $"{where}: column {name} missing"));
        foreach (var column in read.Columns)
        {
            var written = fixture.Matrix.Columns.FirstOrDefault(c => c.Spec.Name == column.Name);
            if (written is null)
            {
                differences.Add($"{where}: unexpected column {column.Name}");
                continue;
            }
            var actual = column.Values.Select(v => CanonicalValues.FromJson(v, written.Kind)).ToList();
            differences.AddRange(CanonicalValues.Differences($"{where} {column.Name}", written.Canonical, actual));
        }
    }
}
