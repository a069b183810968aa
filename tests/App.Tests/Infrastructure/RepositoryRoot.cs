namespace Attendance.App.Tests.Infrastructure;

/// <summary>The checkout the tests run from, found by walking up to <c>Attendance.sln</c>.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Attendance.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Attendance.sln above {AppContext.BaseDirectory}");
    }
}
