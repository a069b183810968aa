using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Attendance.App.Tests.Cli;

/// <summary><c>attendance serve</c> as its own process, the way operators run it.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Serve_Process_MigratesListensAnswersHealthLogsJsonAndStopsCleanlyOnSigterm()
    {
        var data = Path.Combine(Path.GetTempPath(), $"attendance-serve-{Guid.NewGuid():N}");
        var url = $"http://127.0.0.1:{FreeLoopbackPort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "attendance.dll"), "serve", "--data", data, "--urls", url },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            var lines = new List<string>();
            while (lines.Count == 0 || !lines[^1].Contains("Now listening on", StringComparison.Ordinal))
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))
                    ?? throw new InvalidOperationException($"serve ended early: {await process.StandardError.ReadToEndAsync()}");
                lines.Add(line);
            }

            using var http = new HttpClient();
            var health = await http.GetAsync($"{url}/healthz");
            using var stop = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.True(File.Exists(Path.Combine(data, "attendance.db")), "the default store is a SQLite file in --data");
            Assert.True(Directory.Exists(Path.Combine(data, "inbox", "waitlist")), "the inbox has a folder per extract kind");
            Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
            Assert.Contains(lines, line => line.Contains($"\"address\":\"{url}\"", StringComparison.Ordinal));
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("", await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
