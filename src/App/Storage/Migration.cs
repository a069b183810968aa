using System.Globalization;
using System.Reflection;

namespace Attendance.App.Storage;

/// <summary>One versioned schema change: an embedded <c>Migrations/{Dialect}/NNNN_name.sql</c> script.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>The dialect's migrations in version order; versions are contiguous from 1.</summary>
    public static IReadOnlyList<Migration> ForDialect(StoreDialect dialect)
    {
        var assembly = typeof(Migration).Assembly;
        var prefix = $"Attendance.App.Storage.Migrations.{dialect}.";
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name[prefix.Length..^".sql".Length]))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"{dialect} migrations are not numbered 1..n: found {migrations[i].Version} at position {i + 1}");
            }
        }
        return migrations;
    }

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        // File names are NNNN_what_it_does; the number is the version.
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(underscore + 1)..], reader.ReadToEnd());
    }
}
