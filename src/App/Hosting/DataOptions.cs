namespace Attendance.App.Hosting;

/// <summary>Where Attendance keeps its files (section <c>Data</c>; <c>--data</c> on the command line).</summary>
internal sealed class DataOptions : ISettings
{
    public static string Section => "Data";

    /// <summary>The folder for the SQLite store, the inbox and the outbox; created when missing.</summary>
    /// <value>Default <c>./var</c>, relative to the working directory.</value>
    public string Directory { get; set; } = "./var";

    public string FullPath => System.IO.Path.GetFullPath(Directory);

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory) || Directory.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
        {
            yield return $"Data:Directory (--data): '{Directory}' is not a folder path";
        }
    }
}
