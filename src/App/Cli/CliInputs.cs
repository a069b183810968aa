using System.CommandLine;
using System.Globalization;
using Attendance.Data.Contract;
using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;
using Attendance.Model.XGBoost;
using Attendance.Training;

namespace Attendance.App.Cli;

/// <summary>Options and error translation shared by the model verbs (train, evaluate, models).</summary>
internal static class CliInputs
{
    public static Option<string?> VisitTypesOption() =>
        new("--visit-types") { Description = "Visit-type harmonisation table (CSV); default: data/visit-types.csv." };

    public static VisitTypeHarmoniser LoadVisitTypes(string? path) => Run(() => VisitTypeHarmoniser.Load(path));

    public static DateOnly? ParseDate(string option, string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UserFacingException($"{option} {text}: expected a date as YYYY-MM-DD");

    /// <summary>Runs <paramref name="work"/>, turning every error a user can cause into one line naming its file or option.</summary>
    public static T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is TrainingException or DataContractException or FeatureSpecException or ModelArtifactException
            or VisitTypeTableException or Attendance.Training.Registry.RegistryException or InvalidDataException or FileNotFoundException or XGBoostException)
        {
            throw new UserFacingException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserFacingException($"cannot read or write a file: {e.Message}", e);
        }
    }
}
