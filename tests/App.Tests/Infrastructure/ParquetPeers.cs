using System.Diagnostics;

namespace Attendance.App.Tests.Infrastructure;

/// <summary>DuckDB and hyparquet (tests/peers) reading our Parquet files from outside.</summary>
internal static class ParquetPeers
{
    /// <summary>The JSON document of <c>tests/peers/read-peers.mjs</c>: per file, DuckDB's and hyparquet's view of every column.</summary>
    public static async Task<string> ReadAsync(params IEnumerable<string> files)
    {
        var peers = Path.Combine(RepositoryRoot.Path, "tests", "peers");
        if (!Directory.Exists(Path.Combine(peers, "node_modules", "@duckdb")))
        {
            Assert.Fail("the DuckDB peer is not installed: run scripts/install-deps.sh --test");
        }
        var start = new ProcessStartInfo("node") { WorkingDirectory = peers, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("read-peers.mjs");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
