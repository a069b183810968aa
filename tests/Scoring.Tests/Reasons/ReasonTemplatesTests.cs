using Attendance.Data.Contract;
using Attendance.Model.Features;
using Attendance.Model.XGBoost;
using Attendance.Scoring.Reasons;

namespace Attendance.Scoring.Tests.Reasons;

public sealed class ReasonTemplatesTests
{
    [Theory]
    [InlineData(FeatureNames.PriorNoShows, 2f, "2 earlier no-shows", "2 tidligere udeblivelser")]
    [InlineData(FeatureNames.PriorNoShows, 1f, "1 earlier no-show", "1 tidligere udeblivelse")]
    [InlineData(FeatureNames.LeadDays, 93.6f, "booked 94 days ahead", "booket 94 dage i forvejen")]
    [InlineData(FeatureNames.LeadDays, 0.4f, "booked the same day", "booket samme dag")]
    [InlineData(FeatureNames.PriorAppointments, 0f, "first visit", "første besøg")]
    [InlineData(FeatureNames.DaysSinceLastNoShow, 45.2f, "last no-show 45 days ago", "sidste udeblivelse for 45 dage siden")]
    [InlineData(FeatureNames.DaysSinceLastNoShow, float.NaN, "never missed a visit", "aldrig udeblevet")]
    [InlineData(FeatureNames.PriorNoShowRate, 0.234f, "own no-show rate about 23%", "egen udeblivelsesrate ca. 23 %")]
    [InlineData(FeatureNames.PriorNoShowsRecent, 1.64f, "recent no-shows (weighted count 1.6)", "nylige udeblivelser (vægtet antal 1,6)")]
    [InlineData(FeatureNames.DigitalUser, 0f, "not a MinSP user", "bruger ikke MinSP")]
    [InlineData(FeatureNames.Hour, 8.25f, "at 08:15", "kl. 08.15")]
    [InlineData(FeatureNames.Weekday, 0f, "on a Monday", "på en mandag")]
    [InlineData(FeatureNames.Age, float.NaN, "age unknown", "alder ukendt")]
    [InlineData(FeatureNames.DistanceKm, 48.4f, "lives 48 km away", "bor 48 km væk")]
    public void Describe_QuantitativeFeature_ReadsLikeAPlannerWouldSayIt(string feature, float value, string english, string danish)
    {
        var definition = new FeatureDefinition(feature, FeatureKind.Quantitative);

        Assert.Equal(english, ReasonTemplates.Describe(definition, value, ReasonLanguage.English));
        Assert.Equal(danish, ReasonTemplates.Describe(definition, value, ReasonLanguage.Danish));
    }

    [Fact]
    public void Describe_CategoricalFeature_NamesTheCategoryOfTheCode()
    {
        var lastOutcome = new FeatureDefinition(FeatureNames.LastOutcome, FeatureKind.Categorical, FeatureCatalog.LastOutcomeCategories);
        var department = new FeatureDefinition(FeatureNames.Department, FeatureKind.Categorical, ["Kardiologi", "Onkologi"]);
        var noShow = FeatureCatalog.LastOutcomeCategories.ToList().IndexOf(WireNames.Of(Outcome.NoShow));

        Assert.Equal("missed last visit", ReasonTemplates.Describe(lastOutcome, noShow, ReasonLanguage.English));
        Assert.Equal("udeblev fra sidste besøg", ReasonTemplates.Describe(lastOutcome, noShow, ReasonLanguage.Danish));
        Assert.Equal("afdeling Onkologi", ReasonTemplates.Describe(department, 1, ReasonLanguage.Danish));
        Assert.Equal("department unknown", ReasonTemplates.Describe(department, float.NaN, ReasonLanguage.English));
    }

    [Fact]
    public void Describe_FeatureWithoutTemplate_FallsBackToItsNameAndValue()
    {
        Assert.Equal("x_interpreter = 1", ReasonTemplates.Describe(new FeatureDefinition("x_interpreter", FeatureKind.Quantitative), 1, ReasonLanguage.English));
        Assert.Equal("x_score = 2,5", ReasonTemplates.Describe(new FeatureDefinition("x_score", FeatureKind.Quantitative), 2.5f, ReasonLanguage.Danish));
        Assert.Equal("x_language = ar", ReasonTemplates.Describe(new FeatureDefinition("x_language", FeatureKind.Categorical, ["ar", "da"]), 0, ReasonLanguage.English));
    }

    [Fact]
    public void EveryBuiltInFeature_HasItsOwnTemplate()
    {
        var missing = FeatureCatalog.Draft([]).Select(f => f.Name).Where(n => !ReasonTemplates.Has(n)).ToList();

        Assert.Empty(missing);
    }
}
