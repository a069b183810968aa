using System.CommandLine;

namespace Attendance.App.Cli;

/// <summary>
/// <c>--data</c> and <c>--store</c>, shared by every verb that opens the store; they become the
/// settings <c>Data:Directory</c> and <c>Store:Location</c> (command line beats environment and appsettings.json).
/// </summary>
internal sealed class StoreCommandOptions
{
    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder for the SQLite store, inbox and outbox (default ./var).",
        HelpName = "DIR",
    };

    public Option<string> Store { get; } = new("--store")
    {
        Description = "sqlite:PATH or postgres:CONNECTION (default sqlite:DIR/attendance.db). " +
            "Pass a PostgreSQL password through ATTENDANCE_Store__Location or a pgpass file, not here: others can read a command line.",
        HelpName = "LOCATION",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Data);
        command.Options.Add(Store);
    }

    /// <summary>The given options as configuration keys; options left out fall through to the other sources.</summary>
    public Dictionary<string, string?> Settings(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parseResult.GetValue(Data) is { } data)
        {
            settings["Data:Directory"] = data;
        }
        if (parseResult.GetValue(Store) is { } store)
        {
            settings["Store:Location"] = store;
        }
        return settings;
    }
}
