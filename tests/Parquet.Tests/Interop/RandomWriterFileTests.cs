namespace Attendance.Parquet.Tests.Interop;

/// <summary>Seeded random files of our writer read back by DuckDB, hyparquet and our reader.</summary>
public sealed class RandomWriterFileTests(RandomWriterFilesFixture fixture) : IClassFixture<RandomWriterFilesFixture>
{
    [Fact]
    public void DuckDbAndHyparquet_ReadRandomWriterFiles_ToTheWrittenValues()
    {
        var differences = new List<string>();
        foreach (var file in fixture.Files)
        {
            var peer = fixture.PeerReads[file.Path];
            Compare(differences, file, "DuckDB", peer.Duckdb, peer.DuckdbError);
            Compare(differences, file, "hyparquet", peer.Hyparquet, peer.HyparquetError);
            differences.AddRange(peer.Duckdb?.StatisticsProbes?.Failures.Select(f => $"{file} DuckDB statistics: {f}") ?? []);
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void OurReader_ReadsRandomWriterFiles_ToTheWrittenValues()
    {
        var differences = new List<string>();
        foreach (var file in fixture.Files)
        {
            using var reader = ParquetFileReader.Open(file.Path);
            foreach (var column in file.Columns)
            {
                var read = CanonicalValues.Read(reader, column.Spec.Name, column.Kind).Values;
                differences.AddRange(CanonicalValues.Differences($"{file} ours {column.Spec.Name}", column.Canonical, read));
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private static void Compare(List<string> differences, RandomWriterFile file, string peerName, PeerRead? read, string? error)
    {
        if (read is null)
        {
            differences.Add($"{file}: {peerName} failed: {error}");
            return;
        }
        if (read.NumRows != file.Rows)
        {
            differences.Add($"{file}: {peerName} sees {read.NumRows} rows");
        }
        foreach (var column in file.Columns)
        {
            var peerColumn = read.Columns.FirstOrDefault(c => c.Name == column.Spec.Name);
            if (peerColumn is null)
            {
                differences.Add($"{file}: {peerName} has no column {column.Spec.Name}");
                continue;
            }
            var actual = peerColumn.Values.Select(v => CanonicalValues.FromJson(v, column.Kind)).ToList();
            differences.AddRange(CanonicalValues.Differences($"{file} {peerName} {column.Spec.Name}", column.Canonical, actual));
        }
    }
}
