using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Attendance.Parquet.Tests.Interop;

/// <summary>
/// Runs the node scripts of tests/peers (DuckDB, hyparquet) and parses the one JSON document each
/// prints. Missing peers fail loudly: an interop test that silently passes proves nothing.
/// </summary>
internal static class PeerScripts
{
    private const string InstallHint = "run scripts/install-deps.sh --test from the repository root";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string PeersDirectory => Path.Combine(RepositoryRoot, "tests", "peers");

    /// <summary>Runs <c>node SCRIPT ARGS...</c> in tests/peers and deserializes its stdout.</summary>
    public static T Run<T>(string script, IEnumerable<string> arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = PeersDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Parquet interop peers need node on PATH ({e.Message}): {InstallHint}.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} did not finish within {Timeout.TotalSeconds} s");
            }
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {stderr.Result}");
            }
            return JsonSerializer.Deserialize<T>(stdout.Result, JsonOptions)
                ?? throw new InvalidOperationException($"node {script} printed no JSON document");
        }
    }

    private static void EnsureInstalled()
    {
        string[] required = ["@duckdb/node-api", "hyparquet", "hyparquet-compressors", "hyparquet-writer"];
        var missing = required.Where(p => !Directory.Exists(Path.Combine(PeersDirectory, "node_modules", p))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Parquet interop peers are missing in {PeersDirectory}/node_modules ({string.Join(", ", missing)}): {InstallHint}.");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tests", "peers", "package.json")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No repository root (with tests/peers/package.json) above {AppContext.BaseDirectory}");
    }
}
