namespace Attendance.Scheduler.Solving;

/// <summary>Solves a <see cref="MipProblem"/>.</summary>
public interface IMipSolver
{
    /// <summary>Solves the problem within the options' limits.</summary>
    /// <exception cref="MipSolverException">The solver failed or crashed; no result can be trusted.</exception>
    Task<MipResult> SolveAsync(MipProblem problem, MipSolveOptions options, CancellationToken cancellationToken);
}
