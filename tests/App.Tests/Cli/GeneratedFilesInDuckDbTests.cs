using System.Text.Json;
using Attendance.App.Tests.Infrastructure;
using Attendance.Data.Contract;
using Attendance.Parquet;

namespace Attendance.App.Tests.Cli;

/// <summary>
/// Issue 2's check on the generator's output from outside: DuckDB (tests/peers) opens the five files
/// and sees every contract column with the contract's type.
/// </summary>
[Collection(ConsoleRedirection.Name)]
public sealed class GeneratedFilesInDuckDbTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "attendance-generate-duckdb-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Generate_EveryTable_OpensInDuckDbWithTheContractsTypesAndRowCounts()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("generate", "--out", _out, "--seed", "7", "--patients", "300", "--days", "60")).ExitCode);
        var files = Tables.All.Select(t => Path.Combine(_out, t.Name, t.Name + ".parquet")).ToArray();

        using var peers = JsonDocument.Parse(await ParquetPeers.ReadAsync(files));

        foreach (var (table, entry) in Tables.All.Zip(peers.RootElement.GetProperty("files").EnumerateArray()))
        {
            var duckdb = entry.GetProperty("duckdb");
            var types = duckdb.GetProperty("columns").EnumerateArray()
                .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("duckdbType").GetString()!);
            foreach (var field in table.Fields.Where(f => f.Required || types.ContainsKey(f.Name)))
            {
                Assert.True(types.TryGetValue(field.Name, out var type), $"{table.Name}.{field.Name} missing in DuckDB");
                Assert.Equal(DuckDbTypeOf(field.Type), type);
            }
            using var ours = ParquetFileReader.Open(files[Tables.All.ToList().IndexOf(table)]);
            Assert.Equal(ours.RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture), duckdb.GetProperty("numRows").ToString());
        }
    }

    private static string DuckDbTypeOf(FieldType type) => type switch
    {
        FieldType.String => "VARCHAR",
        FieldType.Timestamp => "TIMESTAMP WITH TIME ZONE",
        FieldType.Int32 => "INTEGER",
        FieldType.Int64 => "BIGINT",
        FieldType.Double => "DOUBLE",
        FieldType.Bool => "BOOLEAN",
        FieldType.Date => "DATE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
