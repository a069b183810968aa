using System.Runtime.InteropServices;
using System.Text.Json;
using Attendance.Model.Features;
using Attendance.Model.XGBoost;
using Attendance.Training.Sets;

namespace Attendance.Training;

/// <summary>
/// Writes the matrices a model is fitted on for peers to read: <c>train.f32</c> and <c>valid.f32</c> hold
/// rows × (columns + 1) float32 in the machine's byte order (little-endian on x64 and arm64), the label last in each row; <c>matrices.json</c> names the
/// columns, kinds and the XGBoost parameters.
/// </summary>
internal static class MatrixExport
{
    public static void Write(string directory, FeatureSpec spec, TrainingOptions options, RowBlock train, RowBlock valid)
    {
        Directory.CreateDirectory(directory);
        WriteRows(Path.Combine(directory, "train.f32"), spec.Features.Count, train);
        WriteRows(Path.Combine(directory, "valid.f32"), spec.Features.Count, valid);
        var meta = new
        {
            columns = spec.Names,
            categorical = spec.Features.Select(f => f.Kind == FeatureKind.Categorical).ToArray(),
            categories = spec.Features.Select(f => f.Categories?.Count ?? 0).ToArray(),
            train_rows = train.Rows,
            valid_rows = valid.Rows,
            parameters = options.Parameters.ToPairs().Select(p => new[] { p.Key, p.Value }).ToArray(),
            max_rounds = options.MaxRounds,
            early_stopping_rounds = options.EarlyStoppingRounds,
        };
        File.WriteAllText(Path.Combine(directory, "matrices.json"), JsonSerializer.Serialize(meta));
    }

    private static void WriteRows(string path, int columns, RowBlock data)
    {
        using var stream = File.Create(path);
        var row = new float[columns + 1];
        var bytes = MemoryMarshal.AsBytes(row.AsSpan());
        for (var r = 0; r < data.Rows; r++)
        {
            data.Features.AsSpan(r * columns, columns).CopyTo(row);
            row[columns] = data.Labels[r];
            stream.Write(bytes);
        }
    }
}
