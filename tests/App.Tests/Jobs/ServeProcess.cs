using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Attendance.App.Storage;
using Attendance.App.Tests.Storage;

namespace Attendance.App.Tests.Jobs;

/// <summary>
/// Starts <c>attendance serve</c> as a process of its own (for cluster and crash tests), with the test's
/// dependency list so it can load this assembly's job types; returns once it listens.
/// </summary>
internal static class ServeProcess
{
    /// <param name="store">The store every node shares.</param>
    /// <param name="data">The data folder (shared by nodes that share the inbox and outbox).</param>
    /// <param name="settings">Further <c>KEY=VALUE</c> settings.</param>
    public static async Task<Process> StartAsync(Store store, string data, params string[] settings)
    {
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "exec", "--depsfile", Path.Combine(bin, "Attendance.App.Tests.deps.json"), "--runtimeconfig", Path.Combine(bin, "Attendance.App.Tests.runtimeconfig.json"),
                Path.Combine(bin, "attendance.dll"), "serve", "--urls", $"http://127.0.0.1:{FreeLoopbackPort()}", "--data", data,
                "--store", TestStores.Setting(store), "--set", "Jobs:ClusterCheckinInterval=00:00:02",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var setting in settings)
        {
            start.ArgumentList.Add("--set");
            start.ArgumentList.Add(setting);
        }
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return process;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
