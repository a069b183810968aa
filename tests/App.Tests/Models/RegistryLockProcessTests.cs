using System.Diagnostics;
using Attendance.Training.Registry;

namespace Attendance.App.Tests.Models;

/// <summary>The registry's lock between processes: the CLI waits while another process (here the test, as <c>serve</c> would) promotes.</summary>
public sealed class RegistryLockProcessTests(ModelsRegion region) : IClassFixture<ModelsRegion>
{
    [Fact]
    public async Task ModelsPromote_WhileAnotherProcessHoldsTheRegistryLock_WaitsAndThenPromotes()
    {
        var data = region.CreateDataFolder();
        var registry = new ModelRegistry(Path.Combine(data, "models"));
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "attendance.dll"), "models", "promote", "--registry", registry.Root,
                "--model", ModelsRegion.Twin, "--history", Path.Combine(data, "inbox", "history"), "--reason", "from the CLI",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        Process process;
        using (new FileStream(Path.Combine(registry.Root, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            process = Process.Start(start)!;
            // Long enough for an unlocked promotion to finish; a waiting one changes nothing whatever the delay.
            await Task.Delay(TimeSpan.FromSeconds(8));
            Assert.Equal(ModelsRegion.Champion, registry.Champion!.Version);
            Assert.Single(registry.Promotions());
        }

        using (process)
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        }

        Assert.Equal((ModelsRegion.Twin, "from the CLI"), (registry.Champion!.Version, registry.Champion.Reason));
        Assert.Equal(ModelsRegion.Champion, registry.Promotions()[^1].Previous);
    }
}
