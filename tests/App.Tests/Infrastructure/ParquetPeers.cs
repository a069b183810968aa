using System.Diagnostics;

namespace Attendance.App.Tests.Infrastructure;

/// <summary>DuckDB and hyparquet (tests/peers, <c>read-peers.mjs</c>) reading Parquet files we wrote.</summary>
internal static class ParquetPeers
{
    /// <summary>The peers' JSON document: per file, DuckDB's and hyparquet's columns, types and canonical values.</summary>
    public static async Task<string> ReadAsync(params string[] files)
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
