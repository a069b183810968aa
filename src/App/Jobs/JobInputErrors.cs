using Attendance.Data.Contract;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;
using Attendance.Scoring;
using Attendance.Training;
using Attendance.Training.Registry;

namespace Attendance.App.Jobs;

/// <summary>Which library errors mean "the input is wrong" (fix the file, then rerun) rather than "try again".</summary>
internal static class JobInputErrors
{
    public static bool Is(Exception exception) => exception is DataContractException or FeatureSpecException or ModelArtifactException
        or VisitTypeTableException or ScoringException or TrainingException or RegistryException or InvalidDataException or FileNotFoundException
        or DirectoryNotFoundException or Attendance.Scheduler.Inputs.ScheduleInputException;

    /// <summary>Runs library work, turning its input errors into <see cref="JobInputException"/>s with the message as it is.</summary>
    public static T Translate<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work();
        }
        catch (Exception e) when (Is(e))
        {
            throw new JobInputException(e.Message, e);
        }
    }

    /// <summary>The Parquet extracts of one inbox folder; none is an input error naming the folder.</summary>
    public static string RequireExtract(string folder, string kind)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Any())
        {
            throw new JobInputException($"inbox/{kind}: no Parquet files in {folder}");
        }
        return folder;
    }
}
