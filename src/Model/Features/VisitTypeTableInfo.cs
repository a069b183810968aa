using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Attendance.Data.VisitTypes;

namespace Attendance.Model.Features;

/// <summary>Which visit-type table harmonised the training data (for a warning when scoring uses another one).</summary>
/// <param name="Source">File name of the table.</param>
/// <param name="Sha256">Hex SHA-256 of the table's bytes, or empty when unknown.</param>
public sealed record VisitTypeTableInfo(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("sha256")] string Sha256)
{
    /// <summary>The info of the table a harmoniser was loaded from (hash empty when the file is gone).</summary>
    public static VisitTypeTableInfo Of(VisitTypeHarmoniser harmoniser)
    {
        ArgumentNullException.ThrowIfNull(harmoniser);
        var path = harmoniser.SourcePath;
        return new(Path.GetFileName(path), File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "");
    }
}
