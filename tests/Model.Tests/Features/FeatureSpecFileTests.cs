using System.Text.Json;
using Attendance.Model.Features;
using Attendance.Model.Tests.XGBoost;

namespace Attendance.Model.Tests.Features;

public sealed class FeatureSpecFileTests
{
    [Fact]
    public void Save_WritesPlainUtf8JsonThatOtherToolsRead()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File(FeatureSpec.FileName);

        FeatureSpecs.Fitted().Save(path);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal((byte)'{', bytes[0]);
        using var json = JsonDocument.Parse(bytes);
        var age = json.RootElement.GetProperty("features").EnumerateArray().First(f => f.GetProperty("name").GetString() == FeatureNames.Age);
        Assert.False(age.TryGetProperty("categories", out _));
        Assert.Equal(FeatureSpecs.Fitted().Fingerprint, FeatureSpec.Load(path).Fingerprint);
    }
}
