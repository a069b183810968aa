using System.CommandLine;

namespace Attendance.App.Cli;

/// <summary>The <c>attendance</c> command line: one verb per file in this folder.</summary>
internal static class AttendanceCli
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Attendance: no-show scoring and waiting-list offers for outpatient clinics.");
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ParquetCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create(TimeProvider.System));
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parseResult = CreateRoot().Parse(args);
        // One clear line for bad options, not System.CommandLine's help dump.
        if (parseResult.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"attendance: {parseResult.Errors[0].Message} (see --help)");
            return 2;
        }
        try
        {
            // Without this, System.CommandLine catches every exception itself and prints its stack trace.
            return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserFacingException e)
        {
            await Console.Error.WriteLineAsync($"attendance: {e.Message}");
            return 1;
        }
    }
}
