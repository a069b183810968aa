using Attendance.Data.VisitTypes;
using Attendance.Model.Artifacts;
using Attendance.Model.Features;
using Attendance.Scoring.Flags;
using Attendance.Scoring.Policy;
using Attendance.Scoring.Reasons;

namespace Attendance.Scoring.Pipeline;

/// <summary>Everything the last pass (reasons and the scores file) reads.</summary>
internal sealed record WriteContext(
    ModelArtifact Artifact,
    VisitTypeHarmoniser Harmoniser,
    HistoryFold Fold,
    BookingIndex Index,
    float[] Probabilities,
    FlagDecision Decision,
    ScoringPolicy Policy,
    ReasonLanguage Language);
