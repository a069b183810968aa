using Attendance.Scheduler.Solving;

namespace Attendance.Scheduler.Tests.Solving;

public sealed class CbcChildProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cbc-child-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    [Fact]
    public async Task RunAsync_ValidProblemFile_WritesResultAndReturnsZero()
    {
        await using (var file = File.Create(PathOf("p")))
        {
            MipWireFormat.WriteProblem(file, MipProblems.Assignment(), MipSolveOptions.Default);
        }

        var exitCode = await CbcChildProcess.RunAsync([PathOf("p"), PathOf("r")]);

        Assert.Equal(CbcChildProcess.Success, exitCode);
        await using var result = File.OpenRead(PathOf("r"));
        Assert.Equal(MipProblems.AssignmentOptimum, MipWireFormat.ReadResult(result, 9).Objective, 9);
        Assert.False(File.Exists(PathOf("r") + ".partial"));
    }

    [Fact]
    public async Task RunAsync_GarbageProblemFile_ReturnsBadProblemFileWithoutResult()
    {
        await File.WriteAllBytesAsync(PathOf("p"), "not a problem"u8.ToArray());

        var exitCode = await CbcChildProcess.RunAsync([PathOf("p"), PathOf("r")]);

        Assert.Equal(CbcChildProcess.BadProblemFile, exitCode);
        Assert.False(File.Exists(PathOf("r")));
    }

    [Fact]
    public async Task RunAsync_MissingProblemFile_ReturnsBadProblemFile() =>
        Assert.Equal(CbcChildProcess.BadProblemFile, await CbcChildProcess.RunAsync([PathOf("missing"), PathOf("r")]));

    [Fact]
    public async Task RunAsync_WrongArgumentCount_ReturnsUsageError() =>
        Assert.Equal(CbcChildProcess.UsageError, await CbcChildProcess.RunAsync([PathOf("p")]));
}
