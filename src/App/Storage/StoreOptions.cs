using Attendance.App.Hosting;

namespace Attendance.App.Storage;

/// <summary>Which database holds the operational state (section <c>Store</c>; <c>--store</c> on the command line).</summary>
internal sealed class StoreOptions : ISettings
{
    private const string Key = "Store:Location (--store)";

    public static string Section => "Store";

    /// <summary><c>sqlite:PATH</c> or <c>postgres:CONNECTION</c>.</summary>
    /// <value>Default empty: <c>sqlite:</c> the file <c>attendance.db</c> in the data folder.</value>
    public string? Location { get; set; }

    /// <summary>The configured location, or the default SQLite file in <paramref name="data"/>.</summary>
    public StoreLocation Resolve(DataOptions data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return string.IsNullOrWhiteSpace(Location)
            ? StoreLocation.ForSqliteFile(Path.Combine(data.FullPath, "attendance.db"))
            : StoreLocation.Parse(Location, Key);
    }

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Location))
        {
            return [];
        }
        try
        {
            StoreLocation.Parse(Location, Key);
            return [];
        }
        catch (FormatException e)
        {
            return [e.Message];
        }
    }
}
