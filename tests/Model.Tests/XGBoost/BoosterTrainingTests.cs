using System.Text;
using System.Text.Json;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.XGBoost;

public sealed class BoosterTrainingTests
{
    [Fact]
    public void Train_SyntheticLogisticProblem_ReachesAucCloseToTheTruth()
    {
        var train = XGBoostFixture.Data(4_000, seed: 1);
        var test = XGBoostFixture.Data(4_000, seed: 2);
        using var booster = XGBoostFixture.Train(train, rounds: 30);

        var predictions = booster.Predict(test.Features, test.Rows, test.Columns);

        var bayesAuc = XGBoostFixture.Auc(test.Probabilities, test.Labels);
        var auc = XGBoostFixture.Auc(predictions, test.Labels);
        Assert.True(auc > 0.80, $"AUC {auc:F4} should exceed 0.80 (truth {bayesAuc:F4})");
        Assert.True(bayesAuc - auc < 0.03, $"AUC {auc:F4} should be within 0.03 of the truth {bayesAuc:F4}");
        Assert.All(predictions, p => Assert.InRange(p, 0f, 1f));
        Assert.Equal(30, booster.BoostedRounds);
        Assert.Null(booster.BestIteration);
    }

    [Fact]
    public void Train_UnknownParameter_ReachesTheLogSink()
    {
        var messages = new List<string>();
        var parameters = XGBoostFixture.Parameters with { Extra = [new("max_detph", "4")] };

        using var booster = XGBoostFixture.Train(XGBoostFixture.Data(200), rounds: 2, parameters, messages.Add);

        Assert.Contains(messages, m => m.Contains("max_detph", StringComparison.Ordinal) && m.Contains("not used", StringComparison.Ordinal));
    }

    [Fact]
    public void Train_BadParameterValue_ThrowsWithXGBoostsMessage()
    {
        var parameters = XGBoostFixture.Parameters with { MaxDepth = -3 };

        var error = Assert.Throws<XGBoostException>(() => XGBoostFixture.Train(XGBoostFixture.Data(200), rounds: 2, parameters));

        Assert.Contains("max_depth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_LabelOutsideZeroOne_ThrowsXGBoostsMessageWithoutNativeStackTrace()
    {
        var data = XGBoostFixture.Data(100);
        data.Labels[17] = 2;

        var error = Assert.Throws<XGBoostException>(() => XGBoostFixture.Train(data, rounds: 1));

        Assert.Equal("label must be in [0,1] for logistic regression", error.Message);
    }

    [Fact]
    public void Train_EarlyStoppingOnAuc_StopsWhenAucStopsRising()
    {
        var parameters = XGBoostFixture.Parameters with { LearningRate = 1.0, MaxDepth = 6, MinChildWeight = 0, EvalMetrics = ["logloss", "auc"] };
        using var train = XGBoostFixture.Matrix(XGBoostFixture.Data(300, seed: 3));
        var validData = XGBoostFixture.Data(300, seed: 4);
        using var valid = XGBoostFixture.Matrix(validData);

        using var booster = Booster.Train(parameters, train, valid, rounds: 200, earlyStoppingRounds: 5);

        // AUC is maximised: the stored best score is the AUC of the model cut at the best iteration.
        var best = Assert.IsType<int>(booster.BestIteration);
        Assert.Equal(best + 6, booster.BoostedRounds);
        var auc = XGBoostFixture.Auc(booster.Predict(validData.Features, validData.Rows, validData.Columns), validData.Labels);
        Assert.Equal(auc, booster.BestScore!.Value, 1e-5);
    }

    [Fact]
    public void Train_EarlyStopping_StopsAndPredictsWithTheBestIteration()
    {
        // A high learning rate and deep trees overfit a small set quickly, so logloss turns upward.
        var parameters = XGBoostFixture.Parameters with { LearningRate = 1.0, MaxDepth = 6, MinChildWeight = 0 };
        var trainData = XGBoostFixture.Data(300, seed: 3);
        var validData = XGBoostFixture.Data(300, seed: 4);
        using var train = XGBoostFixture.Matrix(trainData);
        using var valid = XGBoostFixture.Matrix(validData);

        using var booster = Booster.Train(parameters, train, valid, rounds: 200, earlyStoppingRounds: 5);

        var best = Assert.IsType<int>(booster.BestIteration);
        Assert.Equal(best + 6, booster.BoostedRounds);
        Assert.NotNull(booster.BestScore);
        using var truncated = Booster.Train(parameters, train, null, rounds: best + 1);
        Assert.Equal(
            truncated.Predict(validData.Features, validData.Rows, validData.Columns),
            booster.Predict(validData.Features, validData.Rows, validData.Columns));
        // The validation matrix was predicted with all trees during evaluation: its cache must not leak into Predict.
        Assert.Equal(truncated.Predict(valid), booster.Predict(valid));
    }

    [Fact]
    public void Train_SameSeedTwice_GivesByteIdenticalJson()
    {
        var parameters = XGBoostFixture.Parameters with { Subsample = 0.7, ColumnSampleByTree = 0.8 };
        var data = XGBoostFixture.Data(1_000);

        using var first = XGBoostFixture.Train(data, rounds: 10, parameters);
        using var second = XGBoostFixture.Train(data, rounds: 10, parameters);

        Assert.Equal(first.ToJson(), second.ToJson());
    }

    [Fact]
    public void Train_CategoricalFeature_UsesACategoricalSplit()
    {
        // The label depends only on whether the category is in {1, 4, 6}: one set split separates it,
        // thresholds on the code cannot.
        const int rows = 1_000;
        var random = new Random(11);
        var features = new float[rows * 2];
        var labels = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            var category = random.Next(8);
            features[r * 2] = category;
            features[(r * 2) + 1] = (float)random.NextDouble();
            labels[r] = category is 1 or 4 or 6 ? 1 : 0;
        }

        using var train = DMatrix.FromDense(features, rows, 2, labels);
        train.SetFeatureNames(["visit_family", "noise"]);
        train.SetFeatureKinds([FeatureKind.Categorical, FeatureKind.Quantitative]);
        using var booster = Booster.Train(XGBoostFixture.Parameters with { MaxDepth = 1 }, train, null, rounds: 5);

        // XGBoost 1.7 writes categorical split conditions as a bare NaN, which is not JSON.
        var json = Encoding.UTF8.GetString(booster.ToJson());
        Assert.Contains(":[NaN", json, StringComparison.Ordinal);
        using var model = JsonDocument.Parse(json.Replace("NaN", "null", StringComparison.Ordinal));
        var learner = model.RootElement.GetProperty("learner");
        var trees = learner.GetProperty("gradient_booster").GetProperty("model").GetProperty("trees");
        Assert.Contains(trees.EnumerateArray(), t => t.GetProperty("split_type").EnumerateArray().Any(s => s.GetInt32() == 1));
        Assert.Equal(["c", "q"], learner.GetProperty("feature_types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["visit_family", "noise"], learner.GetProperty("feature_names").EnumerateArray().Select(e => e.GetString()));
        var predictions = booster.Predict(features, rows, 2);
        Assert.Equal(1.0, XGBoostFixture.Auc(predictions, labels));
        Assert.Equal(booster.Predict(train), predictions);
    }
}
