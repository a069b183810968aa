namespace Attendance.Parquet.Tests.Interop;

/// <summary>Forty seeded random files of our writer, read by DuckDB and hyparquet in one node run.</summary>
public sealed class RandomWriterFilesFixture : IDisposable
{
    private const int FirstSeed = 1_000;
    private const int FileCount = 40;
    private readonly string _directory = Directory.CreateTempSubdirectory("attendance-random-files-").FullName;

    public RandomWriterFilesFixture()
    {
        Files = Enumerable.Range(FirstSeed, FileCount).Select(seed => RandomWriterFile.Create(_directory, seed)).ToList();
        PeerReads = PeerScripts.Run<PeerReadDocument>("read-peers.mjs", Files.Select(f => f.Path)).Files.ToDictionary(f => f.Path);
    }

    internal IReadOnlyList<RandomWriterFile> Files { get; }

    internal IReadOnlyDictionary<string, PeerReadFile> PeerReads { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
