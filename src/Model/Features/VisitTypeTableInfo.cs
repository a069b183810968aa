using System.Text.Json.Serialization;

namespace Attendance.Model.Features;

/// <summary>Which visit-type table harmonised the training data (for a warning when scoring uses another one).</summary>
/// <param name="Source">File name of the table.</param>
/// <param name="Sha256">Hex SHA-256 of the table's bytes, or empty when unknown.</param>
public sealed record VisitTypeTableInfo(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("sha256")] string Sha256);
