using Attendance.App.Hosting;
using Quartz;

namespace Attendance.App.Jobs;

/// <summary>The background jobs' schedules and policies (section <c>Jobs</c>).</summary>
internal sealed class JobsOptions : ISettings
{
    public static string Section => "Jobs";

    /// <summary>The zone the cron schedules are read in; daylight-saving changes follow it.</summary>
    /// <value>Default <c>Europe/Copenhagen</c>.</value>
    public string TimeZone { get; set; } = "Europe/Copenhagen";

    /// <summary>Nightly scoring of the upcoming bookings.</summary>
    /// <value>Default 02:00 every day.</value>
    public JobSchedule Scoring { get; set; } = new() { Cron = "0 0 2 * * ?" };

    /// <summary>Offer rounds for freed slots.</summary>
    /// <value>Default every 15 minutes, 07:00–15:45 on weekdays (clinic hours).</value>
    public JobSchedule OfferRound { get; set; } = new() { Cron = "0 0/15 7-15 ? * MON-FRI" };

    /// <summary>Expiry of offers nobody decided on within <see cref="OfferPendingFor"/>.</summary>
    /// <value>Default every 15 minutes.</value>
    public JobSchedule OfferExpiry { get; set; } = new() { Cron = "0 5/15 * * * ?" };

    /// <summary>Training a challenger model and promoting it when it is better.</summary>
    /// <value>Default Sundays 03:00.</value>
    public JobSchedule Retrain { get; set; } = new() { Cron = "0 0 3 ? * SUN" };

    /// <summary>Comparing past predictions with what happened.</summary>
    /// <value>Default 05:00 every day.</value>
    public JobSchedule Calibration { get; set; } = new() { Cron = "0 0 5 * * ?" };

    /// <summary>
    /// The most partitions nightly scoring fans out into on a cluster (PostgreSQL; whole departments each,
    /// balanced by bookings), so that the nodes share the work; each partition reads the whole extract and
    /// history, so more partitions than the cluster's job slots only add reading. A SQLite store is one
    /// process, which gains nothing from splitting: it scores in one partition.
    /// </summary>
    /// <value>Default 4; 1 to 64.</value>
    public int ScoringPartitions { get; set; } = 4;

    /// <summary>The model registry (versions and champion, as <c>attendance models</c> keeps it) the jobs score with and promote into.</summary>
    /// <value>Default empty: <c>models</c> in the data folder.</value>
    public string? ModelRegistry { get; set; }

    /// <summary>
    /// Whether the weekly retrain may make a better challenger the champion by itself; off, it only
    /// adds the challenger to the registry for an analyst to promote.
    /// </summary>
    /// <value>Default true.</value>
    public bool AutoPromote { get; set; } = true;

    /// <summary>How far the expected calibration error of recent predictions may exceed the champion's validation ECE before the calibration monitor warns.</summary>
    /// <value>Default 0.03; 0.001 to 0.5.</value>
    public double CalibrationTolerance { get; set; } = 0.03;

    /// <summary>How long a suggested offer waits for a decision before it expires and its slot goes to the next round.</summary>
    /// <value>Default 4 hours; 1 minute to 7 days.</value>
    public TimeSpan OfferPendingFor { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Retries after a job's first transient failure (database or file trouble); 0 for none.</summary>
    /// <value>Default 3; 0 to 10.</value>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry; each further wait doubles, up to <see cref="RetryMaxDelay"/>.</summary>
    /// <value>Default 1 minute; 1 second to 1 hour.</value>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between retries.</summary>
    /// <value>Default 30 minutes; at least <see cref="RetryInitialDelay"/>, at most 1 day.</value>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Jobs one node runs at once.</summary>
    /// <value>Default 2 (the machines have two cores); 1 to 32.</value>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>How often a cluster node (PostgreSQL) records that it is alive; a dead node's jobs move after about twice this.</summary>
    /// <value>Default 5 seconds; 1 second to 5 minutes.</value>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string ModelRegistryPath(DataOptions data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return string.IsNullOrWhiteSpace(ModelRegistry) ? Path.Combine(data.FullPath, "models") : Path.GetFullPath(ModelRegistry);
    }

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<string> Validate()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return $"Jobs:TimeZone: unknown time zone '{TimeZone}'";
        }
        foreach (var (name, schedule) in Schedules())
        {
            if (!CronExpression.TryParse(schedule.Cron, out _))
            {
                yield return $"Jobs:{name}:Cron: '{schedule.Cron}' is not a cron expression (seconds minutes hours day-of-month month day-of-week, e.g. 0 0 2 * * ?)";
            }
        }
        if (OfferPendingFor < TimeSpan.FromMinutes(1) || OfferPendingFor > TimeSpan.FromDays(7))
        {
            yield return $"Jobs:OfferPendingFor: must be 00:01:00 to 7.00:00:00 (was {OfferPendingFor:c})";
        }
        if (!(CalibrationTolerance is >= 0.001 and <= 0.5))
        {
            yield return $"Jobs:CalibrationTolerance: must be 0.001 to 0.5 (was {CalibrationTolerance})";
        }
        if (RetryAttempts is < 0 or > 10)
        {
            yield return $"Jobs:RetryAttempts: must be 0 to 10 (was {RetryAttempts})";
        }
        if (RetryInitialDelay < TimeSpan.FromSeconds(1) || RetryInitialDelay > TimeSpan.FromHours(1))
        {
            yield return $"Jobs:RetryInitialDelay: must be 00:00:01 to 01:00:00 (was {RetryInitialDelay:c})";
        }
        if (RetryMaxDelay < RetryInitialDelay || RetryMaxDelay > TimeSpan.FromDays(1))
        {
            yield return $"Jobs:RetryMaxDelay: must be Jobs:RetryInitialDelay to 1.00:00:00 (was {RetryMaxDelay:c})";
        }
        if (ScoringPartitions is < 1 or > 64)
        {
            yield return $"Jobs:ScoringPartitions: must be 1 to 64 (was {ScoringPartitions})";
        }
        if (MaxConcurrency is < 1 or > 32)
        {
            yield return $"Jobs:MaxConcurrency: must be 1 to 32 (was {MaxConcurrency})";
        }
        if (ClusterCheckinInterval < TimeSpan.FromSeconds(1) || ClusterCheckinInterval > TimeSpan.FromMinutes(5))
        {
            yield return $"Jobs:ClusterCheckinInterval: must be 00:00:01 to 00:05:00 (was {ClusterCheckinInterval:c})";
        }
    }

    /// <summary>Each job's schedule with its setting name.</summary>
    public IEnumerable<(string Name, JobSchedule Schedule)> Schedules() =>
        [(nameof(Scoring), Scoring), (nameof(OfferRound), OfferRound), (nameof(OfferExpiry), OfferExpiry), (nameof(Retrain), Retrain), (nameof(Calibration), Calibration)];
}
