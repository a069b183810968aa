namespace Attendance.App.Storage;

/// <summary>The store's schema cannot be used by this build (for example, it is newer).</summary>
internal sealed class StoreSchemaException(string message) : Exception(message);
