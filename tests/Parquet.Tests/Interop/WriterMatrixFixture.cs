namespace Attendance.Parquet.Tests.Interop;

/// <summary>
/// Writes our writer's matrix (codecs × page v1/v2 × dictionary on/off) and has DuckDB and hyparquet
/// read all of it in one node run.
/// </summary>
public sealed class WriterMatrixFixture : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("attendance-writer-matrix-").FullName;

    public WriterMatrixFixture()
    {
        var files = new List<WrittenFile>();
        foreach (var codec in Enum.GetValues<ParquetCompression>())
        {
            foreach (var pageVersion in (int[])[1, 2])
            {
                foreach (var dictionary in (bool[])[true, false])
                {
                    var path = Path.Combine(_directory, $"ours-{codec}-v{pageVersion}-{(dictionary ? "dict" : "plain")}.parquet".ToLowerInvariant());
                    Matrix.Write(path, new ParquetWriterOptions
                    {
                        Compression = codec,
                        DataPageVersion = pageVersion,
                        Dictionary = dictionary,
                        RowGroupRows = WriterMatrix.RowGroupRows,
                        PageBytes = 8 * 1024, // several pages per chunk
                        DictionaryMaxBytes = 16 * 1024, // string_unique outgrows it and falls back to PLAIN
                        KeyValueMetadata = new Dictionary<string, string> { ["attendance.matrix"] = path },
                    });
                    files.Add(new WrittenFile(path, codec, pageVersion, dictionary));
                }
            }
        }
        Files = files;
        var read = PeerScripts.Run<PeerReadDocument>("read-peers.mjs", files.Select(f => f.Path));
        PeerReads = read.Files.ToDictionary(f => f.Path);
    }

    internal WriterMatrix Matrix { get; } = new();

    internal IReadOnlyList<WrittenFile> Files { get; }

    internal IReadOnlyDictionary<string, PeerReadFile> PeerReads { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

internal sealed record WrittenFile(string Path, ParquetCompression Codec, int PageVersion, bool Dictionary)
{
    public override string ToString() => System.IO.Path.GetFileName(Path);
}
