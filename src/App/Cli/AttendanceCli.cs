using System.CommandLine;

namespace Attendance.App.Cli;

/// <summary>The <c>attendance</c> command line: one verb per file in this folder.</summary>
internal static class AttendanceCli
{
    /// <param name="demoSolvesInProcess">Whether <c>demo</c> solves in this process (tests; see <see cref="DemoCommand.Create"/>).</param>
    public static RootCommand CreateRoot(bool demoSolvesInProcess = false)
    {
        var root = new RootCommand("Attendance: no-show scoring and waiting-list offers for outpatient clinics.");
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ParquetCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create(TimeProvider.System));
        root.Subcommands.Add(ScheduleCommand.Create());
        root.Subcommands.Add(SimulateCommand.Create());
        root.Subcommands.Add(SolveWorkerCommand.Create());
        root.Subcommands.Add(DemoCommand.Create(demoSolvesInProcess));
        return root;
    }

    public static Task<int> RunAsync(string[] args) => RunAsync(CreateRoot(), args);

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        ArgumentNullException.ThrowIfNull(root);
        var parseResult = root.Parse(args);
        // One clear line for bad options, not System.CommandLine's help dump.
        if (parseResult.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"attendance: {parseResult.Errors[0].Message} (see --help)");
            return 2;
        }
        try
        {
            // Our handler below, not System.CommandLine's, which prints a stack trace.
            return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserFacingException e)
        {
            await Console.Error.WriteLineAsync($"attendance: {e.Message}");
            return 1;
        }
    }
}
