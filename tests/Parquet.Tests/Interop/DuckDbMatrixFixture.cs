namespace Attendance.Parquet.Tests.Interop;

/// <summary>Writes the DuckDB matrix once per test class (one node run, well under a second of DuckDB work).</summary>
public sealed class DuckDbMatrixFixture : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("attendance-duckdb-matrix-").FullName;

    public DuckDbMatrixFixture()
    {
        Document = PeerScripts.Run<MatrixDocument>("duckdb-matrix.mjs", [_directory]);
    }

    internal MatrixDocument Document { get; }

    internal IEnumerable<MatrixFile> Files(string table) => Document.Files.Where(f => f.Table == table);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
