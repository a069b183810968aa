namespace Attendance.App.Tests.Risk;

/// <summary>A small night: four flagged bookings over two days and two clinics, one unflagged.</summary>
internal static class RiskData
{
    public static readonly DateOnly Tuesday = new(2026, 3, 3);
    public static readonly DateOnly Wednesday = new(2026, 3, 4);

    public static IReadOnlyList<ScoreRow> Night { get; } =
    [
        new("a1", RiskSut.At(Tuesday, 9), Probability: 0.42, Action: "phone_reminder", Band: "very_high", Patient: "p-1",
            Reasons: ["2 tidligere udeblivelser", "booket 94 dage i forvejen", "første besøg"]),
        new("a2", RiskSut.At(Tuesday, 8), Probability: 0.31, Action: "digital_reminder", Band: "high", Patient: "p-2",
            Reasons: ["udeblev fra sidste besøg"]),
        new("u1", RiskSut.At(Tuesday, 11), Probability: 0.05, Flagged: false, Band: "low", Patient: "p-5"),
        new("a3", RiskSut.At(Tuesday, 10), Department: "cardio", Site: "HOL", Probability: 0.25, Action: "consider_video", Band: "high", Patient: "p-3",
            Reasons: ["bruger ikke MinSP"]),
        new("a4", RiskSut.At(Wednesday, 8, 30), Probability: 0.5, Action: "double_book", Band: "very_high", Patient: "p-4",
            Reasons: ["første besøg"]),
    ];
}
