using Attendance.Data.Contract;
using Attendance.Data.Io;

namespace Attendance.Data.Tests.Io;

/// <summary>data/sample (see data/SCHEMA.md for the command that made it) must always satisfy the contract.</summary>
public class SampleRegionTests
{
    [Fact]
    public void Sample_EveryTableReadsAndValidates()
    {
        var sample = FindSample();

        foreach (var table in Tables.All)
        {
            var reader = TableReader.Open(Path.Combine(sample, table.Name), table);
            var rows = reader.ReadBatches().Sum(b => b.Count);
            Assert.True(rows > 0, table.Name);
            Assert.Equal(reader.RowCount, rows);
        }
    }

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "sample");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("data/sample not found above " + AppContext.BaseDirectory);
    }
}
