namespace Attendance.Scoring.Flags;

/// <summary>The wire names of actions and risk bands in the scores file and summary.</summary>
public static class FlagNames
{
    private static readonly string?[] Actions = [null, "phone_reminder", "digital_reminder", "consider_video", "double_book"];
    private static readonly string[] Bands = ["low", "medium", "high", "very_high"];

    /// <summary>The action's wire name; null for <see cref="BookingAction.None"/>.</summary>
    public static string? Of(BookingAction action) => Actions[(int)action];

    /// <summary>The band's wire name.</summary>
    public static string Of(RiskBand band) => Bands[(int)band];

    /// <summary>All band names, low first.</summary>
    public static IReadOnlyList<string> BandNames => Bands;

    /// <summary>All action names (not "none").</summary>
    public static IReadOnlyList<string> ActionNames => [.. Actions.Skip(1).Select(a => a!)];
}
