using System.Text;
using Attendance.App.Files;

namespace Attendance.App.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"attendance-atomic-{Guid.NewGuid():N}");

    [Fact]
    public async Task WriteAsync_NewFileInMissingFolder_HasTheBytesAndNoTemporaryRemains()
    {
        var path = Path.Combine(_folder, "date=2026-03-02", "scores.parquet");

        await AtomicFile.WriteAsync(path, WriteText("PAR1 new"), CancellationToken.None);

        Assert.Equal("PAR1 new", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task WriteAsync_Existing_ReplacesTheContent()
    {
        var path = Path.Combine(_folder, "scores.parquet");
        await AtomicFile.WriteAsync(path, WriteText("old"), CancellationToken.None);

        await AtomicFile.WriteAsync(path, WriteText("new and longer"), CancellationToken.None);

        Assert.Equal("new and longer", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task WriteAsync_WriterFailsHalfway_KeepsTheOldFileAndLeavesNoTemporary()
    {
        var path = Path.Combine(_folder, "scores.parquet");
        await AtomicFile.WriteAsync(path, WriteText("old"), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidDataException>(() => AtomicFile.WriteAsync(path, async (stream, ct) =>
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("half of the n"), ct);
            throw new InvalidDataException("row 12: bad value");
        }, CancellationToken.None));

        Assert.Equal("old", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void DeleteTemporaries_RemovesOnlyTemporariesOlderThanTheCutoff()
    {
        var partition = Directory.CreateDirectory(Path.Combine(_folder, "scores", "date=2026-03-02")).FullName;
        var stale = Touch(Path.Combine(partition, ".part-SUH.parquet.0a1b.partial"), hoursAgo: 3);
        var running = Touch(Path.Combine(partition, ".part-NSR.parquet.2c3d.partial"), hoursAgo: 0);
        var output = Touch(Path.Combine(partition, "part-SUH.parquet"), hoursAgo: 3);
        var visiblePartial = Touch(Path.Combine(partition, "report.partial"), hoursAgo: 3);

        var removed = AtomicFile.DeleteTemporaries(_folder, DateTimeOffset.UtcNow.AddHours(-1));

        Assert.Equal(1, removed);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(output));
        Assert.True(File.Exists(visiblePartial));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Func<Stream, CancellationToken, Task> WriteText(string text) =>
        (stream, ct) => stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct).AsTask();

    private static string Touch(string path, int hoursAgo)
    {
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-hoursAgo));
        return path;
    }
}
