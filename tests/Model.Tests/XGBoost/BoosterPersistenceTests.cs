using System.Text;
using Attendance.Model.XGBoost;

namespace Attendance.Model.Tests.XGBoost;

public sealed class BoosterPersistenceTests
{
    private static readonly SyntheticLogistic Data = XGBoostFixture.Data(300, seed: 9);

    [Fact]
    public void Save_ThenLoad_PredictsIdentically()
    {
        using var directory = new TemporaryDirectory();
        using var booster = XGBoostFixture.Train(XGBoostFixture.Data());
        var path = directory.File("model.json");

        booster.Save(path);
        using var loaded = Booster.Load(path, threads: 1);

        Assert.StartsWith("{", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(booster.FeatureCount, loaded.FeatureCount);
        Assert.Equal(1, loaded.Threads);
        Assert.Equal(Predictions(booster), Predictions(loaded));
        Assert.Equal(
            booster.PredictContributions(Data.Features, Data.Rows, Data.Columns),
            loaded.PredictContributions(Data.Features, Data.Rows, Data.Columns));
    }

    [Fact]
    public void ToJson_ThenLoadFromBytes_PredictsIdenticallyAndSerialisesTheSame()
    {
        using var booster = XGBoostFixture.Train(XGBoostFixture.Data());
        var json = booster.ToJson();

        using var loaded = Booster.Load(json);

        Assert.Equal(Predictions(booster), Predictions(loaded));
        Assert.Equal(json, loaded.ToJson());
    }

    [Fact]
    public void Load_EarlyStoppedModel_KeepsAndUsesTheBestIteration()
    {
        var parameters = XGBoostFixture.Parameters with { LearningRate = 1.0, MaxDepth = 6, MinChildWeight = 0 };
        using var train = XGBoostFixture.Matrix(XGBoostFixture.Data(300, seed: 3));
        using var valid = XGBoostFixture.Matrix(XGBoostFixture.Data(300, seed: 4));
        using var booster = Booster.Train(parameters, train, valid, rounds: 200, earlyStoppingRounds: 5);

        using var loaded = Booster.Load(booster.ToJson());

        Assert.NotNull(loaded.BestIteration);
        Assert.Equal(booster.BestIteration, loaded.BestIteration);
        Assert.Equal(booster.BestScore, loaded.BestScore);
        Assert.Equal(Predictions(booster), Predictions(loaded));
    }

    [Fact]
    public void SetAttribute_BestIteration_ChangesTheTreesPredictionsUse()
    {
        using var booster = XGBoostFixture.Train(XGBoostFixture.Data(), rounds: 10);
        using var threeRounds = XGBoostFixture.Train(XGBoostFixture.Data(), rounds: 3);

        booster.SetAttribute("best_iteration", "2");

        Assert.Equal(2, booster.BestIteration);
        Assert.Equal(Predictions(threeRounds), Predictions(booster));
    }

    [Fact]
    public void Save_PathNotEndingInJson_ThrowsNamingThePath()
    {
        using var booster = XGBoostFixture.Train(XGBoostFixture.Data(100), rounds: 1);

        var error = Assert.Throws<ArgumentException>(() => booster.Save("/tmp/model.bin"));

        Assert.Contains("/tmp/model.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingThePath()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Booster.Load("/nonexistent/model.json"));

        Assert.Contains("/nonexistent/model.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CorruptFile_ThrowsXGBoostExceptionNamingThePath()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("model.json");
        File.WriteAllText(path, """{"learner": {"truncated": """);

        var error = Assert.Throws<XGBoostException>(() => Booster.Load(path));

        Assert.StartsWith($"Cannot load model {path}: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack trace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BytesThatAreNotAModel_ThrowsXGBoostException()
    {
        Assert.Throws<XGBoostException>(() => Booster.Load(Encoding.UTF8.GetBytes("not a model")));
    }

    private static float[] Predictions(Booster booster) => booster.Predict(Data.Features, Data.Rows, Data.Columns);
}
