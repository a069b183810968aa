using Attendance.App.Audit;
using Attendance.App.Files;
using Attendance.App.Hosting;
using Attendance.App.Jobs;
using Attendance.Data.VisitTypes;
using Attendance.Training.Input;
using Attendance.Training.Registry;
using Microsoft.Extensions.Options;

namespace Attendance.App.Models;

/// <summary>
/// The analysts' hand on the model registry the jobs use (<see cref="JobsOptions.ModelRegistryPath"/>):
/// compare and promote through <see cref="ModelRegistry"/> and its own policy and lock, comparing on
/// the inbox history; each promotion in the audit log with the champion before and after.
/// </summary>
internal sealed class ModelDesk(DataFolders folders, AuditLog audit, TimeProvider time, IOptions<DataOptions> data, IOptions<JobsOptions> jobs)
{
    /// <summary>The registry, read afresh (the CLI and the retrain job change it too).</summary>
    public ModelRegistry Registry => new(jobs.Value.ModelRegistryPath(data.Value), time);

    /// <summary>
    /// Promotes <paramref name="version"/> unless the registry refuses (a worse challenger without
    /// <paramref name="force"/>, the registry busy, bad history); audited only when it happened.
    /// </summary>
    public async Task<PromotionOutcome> PromoteAsync(string version, string reason, bool force, string actor, CancellationToken cancellationToken)
    {
        var registry = Registry;
        if (registry.Champion is not null && History() is null)
        {
            return new PromotionOutcome(null, null, ModelTexts.NoHistory);
        }

        PromotionRecord record;
        try
        {
            record = await Task.Run(() => registry.Promote(version, OpenHistory(cancellationToken), VisitTypeHarmoniser.Load(), reason, force, actor), cancellationToken);
        }
        catch (RegistryException e) when (e.Comparison is { } comparison)
        {
            return new PromotionOutcome(null, comparison, null);
        }
        catch (Exception e) when (e is RegistryException || JobInputErrors.Is(e))
        {
            return new PromotionOutcome(null, null, e.Message);
        }

        await audit.AppendAsync(new AuditEntry(record.At, actor, ModelAuditActions.Promote, record.Version,
            AuditLog.ToJson(new { champion = record.Previous }),
            AuditLog.ToJson(new { champion = record.Version, reason, forced = record.Forced, comparison = record.Comparison })), cancellationToken);
        return new PromotionOutcome(record, null, null);
    }

    /// <summary>Compares <paramref name="version"/> with the champion (kept by the registry for the pages); null and a problem when it cannot.</summary>
    public async Task<string?> CompareAsync(string version, CancellationToken cancellationToken)
    {
        if (History() is null)
        {
            return ModelTexts.NoHistory;
        }

        try
        {
            await Task.Run(() => Registry.Compare(version, OpenHistory(cancellationToken), VisitTypeHarmoniser.Load()), cancellationToken);
            return null;
        }
        catch (Exception e) when (e is RegistryException || JobInputErrors.Is(e))
        {
            return e.Message;
        }
    }

    private string? History()
    {
        var folder = folders.InboxFor("history");
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Any() ? folder : null;
    }

    private Func<IEnumerable<Data.Batches.TableBatch>> OpenHistory(CancellationToken cancellationToken)
    {
        var folder = folders.InboxFor("history");
        return () => HistoryFiles.Read([folder], cancellationToken);
    }
}
