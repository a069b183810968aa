using System.Text.RegularExpressions;
using Attendance.Data.Validation;
using BenchmarkDotNet.Attributes;

namespace Attendance.Benchmarks.Data;

/// <summary>
/// The CPR guard over 100k typical string values (ids, visit types, a few CPR-shaped tokens): the span scan
/// against a regular-expression baseline doing the same job.
/// Run: dotnet run -c Release --project benchmarks -- --filter '*CprGuard*'
/// </summary>
[MemoryDiagnoser]
public partial class CprGuardBenchmarks
{
    private string[] values = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        string[] visitTypes = ["Kontrol 30", "MR-skanning med kontrast", "Første besøg", "Telefonkonsultation"];
        values = new string[100_000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (i % 4) switch
            {
                0 => "P" + random.Next(1_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                1 => Guid.NewGuid().ToString(),
                2 => visitTypes[random.Next(visitTypes.Length)],
                _ => "A" + random.NextInt64(10_000_000_000).ToString("D10", System.Globalization.CultureInfo.InvariantCulture),
            };
        }
    }

    [Benchmark(Baseline = true)]
    public int Regex()
    {
        var hits = 0;
        foreach (var value in values)
        {
            foreach (Match match in CprPattern().Matches(value))
            {
                var day = int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                var month = int.Parse(match.Groups[2].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                hits += day is >= 1 and <= 31 && month is >= 1 and <= 12 ? 1 : 0;
            }
        }
        return hits;
    }

    [Benchmark]
    public int SpanScan()
    {
        var hits = 0;
        foreach (var value in values)
        {
            hits += CprGuard.ContainsCpr(value) ? 1 : 0;
        }
        return hits;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}])(\d\d)(\d\d)\d\d-?\d{4}(?![\p{L}\p{Nd}])")]
    private static partial Regex CprPattern();
}
