using System.CommandLine;

namespace Attendance.App.Cli;

/// <summary><c>attendance generate</c>: a synthetic, anonymised region (placeholder until src/Data lands).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write history, bookings, slots, waitlist and truth into.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write a synthetic region's extracts (Parquet) for demos, tests and benchmarks.") { outDir, seed };
        command.SetAction(parseResult =>
        {
            Console.WriteLine($"would generate into {parseResult.GetValue(outDir)!.FullName} with seed {parseResult.GetValue(seed)}");
            return 0;
        });
        return command;
    }
}
