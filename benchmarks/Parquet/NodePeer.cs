using System.Diagnostics;
using System.Text.Json;

namespace Attendance.Benchmarks.Parquet;

/// <summary>Runs a script of tests/peers with node and parses the JSON document it prints.</summary>
internal static class NodePeer
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static JsonDocument Run(string script, params string[] arguments)
    {
        var peers = Path.Combine(RepositoryRoot, "tests", "peers");
        if (!Directory.Exists(Path.Combine(peers, "node_modules", "@duckdb", "node-api")))
        {
            throw new InvalidOperationException($"DuckDB peer missing in {peers}/node_modules: run scripts/install-deps.sh --test");
        }
        var start = new ProcessStartInfo("node") { WorkingDirectory = peers, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {stderr.Result}");
        }
        return JsonDocument.Parse(stdout.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tests", "peers", "package.json")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run from inside the repository (tests/peers/package.json not found above the binaries)");
    }
}
