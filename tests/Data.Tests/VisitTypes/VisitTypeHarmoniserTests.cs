using Attendance.Data.VisitTypes;

namespace Attendance.Data.Tests.VisitTypes;

public class VisitTypeHarmoniserTests
{
    private static VisitTypeHarmoniser CreateSut() => VisitTypeHarmoniser.Load();

    [Fact]
    public void Load_DefaultTable_HasAtLeastSixtyRawNamesOnAboutTenFamilies()
    {
        var sut = CreateSut();

        Assert.True(sut.RawNames.Count >= 60, $"{sut.RawNames.Count} raw names");
        Assert.InRange(sut.Families.Count, 8, 12);
        Assert.Contains("Venesectio", sut.RawNames);
        Assert.Contains("MR-skanning med kontrast", sut.RawNames);
    }

    [Theory]
    [InlineData("Kontrol 45", "Kontrol", 45)]
    [InlineData("AOP", "FørsteBesøg", 60)]
    [InlineData("MR-skanning med kontrast", "Scanning", 60)]
    [InlineData("Videokonsultation", "Video", 20)]
    public void Map_KnownName_IsExactWithTableDuration(string raw, string family, int minutes)
    {
        var report = new VisitTypeReport();

        var match = CreateSut().Map(raw, report);

        Assert.Equal(new VisitTypeMatch(family, minutes, VisitTypeResolution.Exact), match);
        Assert.Empty(report.Entries);
    }

    [Theory]
    [InlineData("  KONTROL-30 ", "Kontrol", 30, VisitTypeResolution.Normalised)]
    [InlineData("mr skanning, med kontrast", "Scanning", 60, VisitTypeResolution.Normalised)]
    [InlineData("Kontrol 75", "Kontrol", 75, VisitTypeResolution.TrailingMinutes)]
    [InlineData("Kontrolbesøg 40 min", "Kontrol", 40, VisitTypeResolution.TrailingMinutes)]
    [InlineData("Telefonkonsultation lang", "Telefon", 15, VisitTypeResolution.Keyword)]
    [InlineData("Hjerte-telefonkontrol 25", "Telefon", 25, VisitTypeResolution.Keyword)]
    public void Map_UnknownName_FallsBackToNormalisationRules(string raw, string family, int minutes, VisitTypeResolution how)
    {
        var report = new VisitTypeReport();

        var match = CreateSut().Map(raw, report);

        Assert.Equal(new VisitTypeMatch(family, minutes, how), match);
        var entry = Assert.Single(report.Entries);
        Assert.Equal(raw, entry.RawName);
        Assert.Equal(1, entry.Count);
    }

    [Fact]
    public void Map_UnmappedNames_AreCountedAndListedNotDropped()
    {
        var sut = CreateSut();
        var report = new VisitTypeReport();

        sut.Map("Hyperbar iltbehandlingsforløb X", report);
        sut.Map("Zzz ukendt", report);
        sut.Map("Zzz ukendt", report);
        sut.Map(null, report);
        sut.Map("Kontrol 30", report);

        Assert.Equal(VisitTypeResolution.Keyword, Assert.Single(report.Entries, e => e.RawName.StartsWith("Hyperbar", StringComparison.Ordinal)).Match.Resolution);
        Assert.Equal(2, report.Unmapped.Count);
        var unknown = Assert.Single(report.Unmapped, e => e.RawName == "Zzz ukendt");
        Assert.Equal(2, unknown.Count);
        Assert.Equal(VisitTypeHarmoniser.UnknownFamily, unknown.Match.Family);
        Assert.Contains(report.Unmapped, e => e.RawName.Length == 0);
        Assert.Equal(3, report.UnmappedRows);
    }

    [Theory]
    [InlineData("raw_name,family,duration_min\nKontrol,Kontrol\n", 2)]
    [InlineData("raw_name,family,duration_min\nKontrol,Kontrol,30\nKontrol 30,Kontrol,tredive\n", 3)]
    [InlineData("# comment\nraw_name,family,duration_min\n\n\"Kontrol, lang,Kontrol,30\n", 4)]
    [InlineData("raw_name,family,duration_min\nKontrol 30,Kontrol,30\nKONTROL-30,Kontrol,30\n", 3)]
    [InlineData("name,family\n", 1)]
    public void Parse_MalformedRow_ThrowsNamingFileAndLine(string csv, int line)
    {
        var e = Assert.Throws<VisitTypeTableException>(() => VisitTypeHarmoniser.Parse("vt.csv", new StringReader(csv)));

        Assert.Equal(line, e.Line);
        Assert.StartsWith($"vt.csv, line {line}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuotedNameWithComma_IsOneName()
    {
        var sut = VisitTypeHarmoniser.Parse("vt.csv", new StringReader("raw_name,family,duration_min\n\"Kontrol, lang\",Kontrol,60\n"));

        Assert.Equal(new VisitTypeMatch("Kontrol", 60, VisitTypeResolution.Exact), sut.Map("Kontrol, lang"));
    }

    [Fact]
    public void MapColumn_SameAsMapPerRowAndCountsFallbacks()
    {
        var sut = CreateSut();
        string?[] raw = ["Kontrol 30", "Kontrol 30", "KONTROL 30", null, "Zzz", "AOP"];
        var families = new string[raw.Length];
        var durations = new int[raw.Length];
        var report = new VisitTypeReport();

        sut.MapColumn(raw, families, durations, report);

        Assert.Equal(raw.Select(r => sut.Map(r).Family), families);
        Assert.Equal([30, 30, 30, 0, 0, 60], durations);
        Assert.Equal(2, report.UnmappedRows);
        Assert.Equal(1, report.FallbackRows);
    }
}
