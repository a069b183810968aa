namespace Attendance.App.Storage;

/// <summary>The database engines the operational store runs on.</summary>
internal enum StoreDialect
{
    /// <summary>One file, zero set-up: the default for one machine.</summary>
    Sqlite,

    /// <summary>Shared by a cluster of workers.</summary>
    Postgres,
}
