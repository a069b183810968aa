using System.Globalization;
using System.Text.Json;

namespace Attendance.Model.Trees;

/// <summary>
/// Reads XGBoost 1.7's JSON model into a <see cref="CompiledForest"/>. Anything it does not handle — another
/// objective or booster, several classes or targets, vector leaves, parallel trees — is a
/// <see cref="NotSupportedException"/> whose message is the reason given to the caller.
/// </summary>
internal static class ForestReader
{
    /// <summary>XGBoost's bound on category values (2^24, the last integer a float holds exactly); at or above it, or negative, a value is in no set.</summary>
    public const float CategoryLimit = 16_777_216;

    private const string Objective = "binary:logistic";

    /// <exception cref="NotSupportedException">The model is of a kind not handled, or its JSON has an unexpected shape (the message says which).</exception>
    public static CompiledForest Read(byte[] json, int featureCount, int? bestIteration)
    {
        try
        {
            return ReadDocument(json, featureCount, bestIteration);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw new NotSupportedException($"the model's JSON has an unexpected shape ({e.GetType().Name}: {e.Message})", e);
        }
    }

    private static CompiledForest ReadDocument(byte[] json, int featureCount, int? bestIteration)
    {
        using var document = JsonDocument.Parse(WithoutNaN(json));
        var learner = document.RootElement.GetProperty("learner");
        var objective = learner.GetProperty("objective").GetProperty("name").GetString();
        if (objective != Objective)
        {
            throw new NotSupportedException($"objective {objective} (the compiled evaluator knows {Objective} only)");
        }

        var parameters = learner.GetProperty("learner_model_param");
        Require(parameters, "num_class", "0", "several classes");
        if (parameters.TryGetProperty("num_target", out _))
        {
            Require(parameters, "num_target", "1", "several targets");
        }

        var gradientBooster = learner.GetProperty("gradient_booster");
        var name = gradientBooster.GetProperty("name").GetString();
        if (name != "gbtree")
        {
            throw new NotSupportedException($"booster {name} (the compiled evaluator knows gbtree only)");
        }

        var model = gradientBooster.GetProperty("model");
        var treeParameters = model.GetProperty("gbtree_model_param");
        Require(treeParameters, "num_parallel_tree", "1", "parallel trees (random forests)");
        Require(treeParameters, "size_leaf_vector", "0", "vector leaves");
        var baseScore = float.Parse(parameters.GetProperty("base_score").GetString()!, CultureInfo.InvariantCulture);
        if (!(baseScore is > 0 and < 1))
        {
            throw new NotSupportedException($"base_score {baseScore} outside (0, 1)");
        }

        var trees = model.GetProperty("trees");
        var count = bestIteration is { } best ? Math.Min(best + 1, trees.GetArrayLength()) : trees.GetArrayLength();
        var builder = new ForestBuilder(featureCount);
        var t = 0;
        foreach (var tree in trees.EnumerateArray())
        {
            if (t++ == count)
            {
                break;
            }

            builder.Add(tree);
        }

        // XGBoost's ProbToMargin for the logistic objective, in single precision.
        return builder.Build(-MathF.Log((1f / baseScore) - 1f));
    }

    private static void Require(JsonElement parent, string property, string expected, string meaning)
    {
        var value = parent.GetProperty(property).GetString();
        if (value != expected)
        {
            throw new NotSupportedException($"{meaning} ({property} = {value})");
        }
    }

    /// <summary>
    /// XGBoost writes the split condition of a categorical node as a bare NaN, which is not JSON: outside strings it
    /// becomes " 0 " (same length; categorical nodes never read their condition).
    /// </summary>
    private static byte[] WithoutNaN(byte[] json)
    {
        var result = (byte[])json.Clone();
        var inString = false;
        for (var i = 0; i < result.Length; i++)
        {
            var b = result[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b == (byte)'N' && i + 2 < result.Length && result[i + 1] == (byte)'a' && result[i + 2] == (byte)'N')
            {
                result[i] = (byte)' ';
                result[i + 1] = (byte)'0';
                result[i + 2] = (byte)' ';
            }
        }

        return result;
    }
}
