using Attendance.Data.Contract;
using Attendance.Model.XGBoost;
using static Attendance.Model.Features.FeatureNames;

namespace Attendance.Model.Features;

/// <summary>The built-in features: their sources, kinds and fixed vocabularies, and the draft spec training starts from.</summary>
public static class FeatureCatalog
{
    /// <summary>Vocabulary of <see cref="FeatureNames.LastOutcome"/>: "none" for a first-timer, then the contract's outcomes.</summary>
    public static readonly IReadOnlyList<string> LastOutcomeCategories = ["none", .. WireNames.Outcome];

    private static readonly (string Name, FeatureSource Source)[] Appointment =
    [
        (LeadDays, FeatureSource.LeadDays),
        (FeatureNames.Weekday, FeatureSource.Weekday),
        (Hour, FeatureSource.Hour),
        (Month, FeatureSource.Month),
        (FeatureNames.Age, FeatureSource.Age),
        (FeatureNames.Sex, FeatureSource.Sex),
        (FeatureNames.DistanceKm, FeatureSource.DistanceKm),
        (FeatureNames.DigitalUser, FeatureSource.DigitalUser),
        (FeatureNames.ReminderSent, FeatureSource.ReminderSent),
        (FeatureNames.BookingChannel, FeatureSource.BookingChannel),
        (FeatureNames.ContactMode, FeatureSource.ContactMode),
        (VisitFamily, FeatureSource.VisitFamily),
        (FeatureNames.DurationMin, FeatureSource.DurationMin),
        (FeatureNames.Site, FeatureSource.Site),
        (FeatureNames.Department, FeatureSource.Department),
    ];

    private static readonly (string Name, FeatureSource Source)[] History =
    [
        (PriorAppointments, FeatureSource.PriorAppointments),
        (PriorNoShows, FeatureSource.PriorNoShows),
        (PriorNoShowRate, FeatureSource.PriorNoShowRate),
        (PriorNoShowsRecent, FeatureSource.PriorNoShowsRecent),
        (DaysSinceLastNoShow, FeatureSource.DaysSinceLastNoShow),
        (DaysSinceLastAppointment, FeatureSource.DaysSinceLastAppointment),
        (PriorCancellations, FeatureSource.PriorCancellations),
        (LastOutcome, FeatureSource.LastOutcome),
        (FeatureNames.UpcomingBookings, FeatureSource.UpcomingBookings),
    ];

    private static readonly Dictionary<string, FeatureSource> Sources =
        Appointment.Concat(History).ToDictionary(p => p.Name, p => p.Source, StringComparer.Ordinal);

    /// <summary>True for a built-in name or an <c>x_*</c> extra.</summary>
    public static bool IsKnown(string name) => Sources.ContainsKey(name) || IsExtra(name);

    /// <summary>True for an <c>x_*</c> column name.</summary>
    public static bool IsExtra(string name) => name.StartsWith(Columns.ExtraPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The columns before fitting: every built-in feature and the given extras. Categorical features whose
    /// values come from the data (site, department, visit family, string extras) have empty vocabularies
    /// that training fills; the contract enums have their fixed wire names.
    /// </summary>
    /// <param name="extras">Extra columns as (name, is a string column); timestamp extras should not be passed.</param>
    public static IReadOnlyList<FeatureDefinition> Draft(IEnumerable<(string Name, bool IsString)> extras)
    {
        ArgumentNullException.ThrowIfNull(extras);
        var list = new List<FeatureDefinition>();
        foreach (var (name, _) in Appointment)
        {
            list.Add(DraftOf(name));
        }

        foreach (var (name, isString) in extras)
        {
            list.Add(isString ? new(name, FeatureKind.Categorical, []) : new(name, FeatureKind.Quantitative));
        }

        foreach (var (name, _) in History)
        {
            list.Add(DraftOf(name));
        }

        return list;
    }

    internal static FeatureSource SourceOf(string name) =>
        Sources.TryGetValue(name, out var source) ? source
        : IsExtra(name) ? FeatureSource.Extra
        : throw new FeatureSpecException($"unknown feature \"{name}\"");

    internal static bool IsHistory(FeatureSource source) => source >= FeatureSource.PriorAppointments;

    private static FeatureDefinition DraftOf(string name) => name switch
    {
        FeatureNames.Sex => new(name, FeatureKind.Categorical, WireNames.Sex),
        FeatureNames.BookingChannel => new(name, FeatureKind.Categorical, WireNames.BookingChannel),
        FeatureNames.ContactMode => new(name, FeatureKind.Categorical, WireNames.ContactMode),
        LastOutcome => new(name, FeatureKind.Categorical, LastOutcomeCategories),
        VisitFamily or FeatureNames.Site or FeatureNames.Department => new(name, FeatureKind.Categorical, []),
        _ => new(name, FeatureKind.Quantitative),
    };
}
