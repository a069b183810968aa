namespace Attendance.Data.Contract;

/// <summary>
/// The strings the contract stores for its categorical columns, and their enums. Index i of a list is the
/// wire name of the enum member with value i (invariant: enum members are declared 0, 1, 2 ... in that order).
/// </summary>
public static class WireNames
{
    public static readonly IReadOnlyList<string> Outcome = ["attended", "no_show", "cancelled", "rescheduled"];
    public static readonly IReadOnlyList<string> ContactMode = ["physical", "video", "phone"];
    public static readonly IReadOnlyList<string> Sex = ["F", "M"];
    public static readonly IReadOnlyList<string> BookingChannel = ["staff", "self_book", "fast_pass"];
    public static readonly IReadOnlyList<string> SlotKind = ["free", "self_book"];
    public static readonly IReadOnlyList<string> SlotReservation = ["subacute", "non_digital"];
    public static readonly IReadOnlyList<string> Triage = ["vulnerable", "unchanged", "routine"];

    /// <summary>The wire name of an enum value of the contract.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => For<TEnum>()[ToIndex(value)];

    /// <summary>Parses a wire name (ordinal, case-sensitive); false for unknown text.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var names = For<TEnum>();
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], text, StringComparison.Ordinal))
            {
                value = (TEnum)Enum.ToObject(typeof(TEnum), i);
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The wire names of one of the contract's enums.</summary>
    public static IReadOnlyList<string> For<TEnum>()
        where TEnum : struct, Enum
    {
        var type = typeof(TEnum);
        if (type == typeof(Contract.Outcome)) { return Outcome; }
        if (type == typeof(Contract.ContactMode)) { return ContactMode; }
        if (type == typeof(Contract.Sex)) { return Sex; }
        if (type == typeof(Contract.BookingChannel)) { return BookingChannel; }
        if (type == typeof(Contract.SlotKind)) { return SlotKind; }
        if (type == typeof(Contract.SlotReservation)) { return SlotReservation; }
        if (type == typeof(Contract.Triage)) { return Triage; }
        throw new ArgumentException($"{type.Name} is not an enum of the data contract.", nameof(TEnum));
    }

    private static int ToIndex<TEnum>(TEnum value)
        where TEnum : struct, Enum => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
}
