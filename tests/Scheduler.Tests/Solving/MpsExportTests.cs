using System.Diagnostics;
using System.Globalization;
using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Tests.Solving;

public sealed class MpsExportTests : IDisposable
{
    /// <summary>Debian's coinor-cbc command-line solver, an independent reader of our export.</summary>
    private const string CbcTool = "/usr/bin/cbc";

    private readonly string _directory = Directory.CreateTempSubdirectory("mps-export-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Write_Maximisation_CbcToolFindsNegatedOptimum()
    {
        var problem = MipProblems.Knapsack(withNames: true);

        var path = MpsExport.Write(problem, Path.Combine(_directory, "knapsack"));
        var (status, objective, columns) = await SolveWithCbcToolAsync(path);

        Assert.Equal("Optimal", status);
        Assert.Equal(-MipProblems.KnapsackOptimum, objective, 6);
        Assert.Equal(["item_0", "item_1", "item_2", "item_3", "item_5"], columns.Where(c => c.Value == 1).Select(c => c.Key).Order());
    }

    [Fact]
    public async Task Write_Minimisation_CbcToolFindsSameOptimumAsCbcSolver()
    {
        var problem = MipProblems.Assignment();
        var ours = await new CbcSolver().SolveAsync(problem, MipSolveOptions.Default, CancellationToken.None);

        var path = MpsExport.Write(problem, Path.Combine(_directory, "assignment"));
        var (status, objective, _) = await SolveWithCbcToolAsync(path);

        Assert.Equal("Optimal", status);
        Assert.Equal(ours.Objective, objective, 6);
        Assert.EndsWith(".mps.gz", path, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>cbc FILE solve solution OUT</c> and parses OUT's status line and non-zero columns.</summary>
    private async Task<(string Status, double Objective, Dictionary<string, double> Columns)> SolveWithCbcToolAsync(string mpsPath)
    {
        Assert.True(File.Exists(CbcTool), $"{CbcTool} is missing: install Debian's coinor-cbc.");
        var solutionPath = Path.Combine(_directory, Path.GetFileName(mpsPath) + ".solution.txt");
        var start = new ProcessStartInfo(CbcTool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { mpsPath, "solve", "solution", solutionPath })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"cbc exited with {process.ExitCode}: {await stderr}{await stdout}");

        // First line: "Optimal - objective value -309.00000000"; then "index name value reduced-cost".
        var lines = await File.ReadAllLinesAsync(solutionPath);
        var status = lines[0].Split(" - ")[0].Trim();
        var objective = double.Parse(lines[0].Split("objective value")[1], CultureInfo.InvariantCulture);
        var columns = lines.Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(fields => fields[1], fields => double.Parse(fields[2], CultureInfo.InvariantCulture));
        return (status, objective, columns);
    }
}
