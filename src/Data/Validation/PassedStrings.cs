using System.Runtime.CompilerServices;

namespace Attendance.Data.Validation;

/// <summary>
/// The string instances that already passed a check in the current column chunk: a small direct-mapped cache
/// keyed by object identity. Dictionary-decoded columns hand out the same few instances over and over (in any
/// order), so each distinct value is checked about once per chunk instead of once per row. A miss only means
/// checking again, never skipping a value that was not checked.
/// </summary>
internal sealed class PassedStrings
{
    private const int Size = 256;
    private readonly string?[] _slots = new string?[Size];

    public void Clear() => Array.Clear(_slots);

    public bool Contains(string value) => ReferenceEquals(_slots[Slot(value)], value);

    public void Add(string value) => _slots[Slot(value)] = value;

    private static int Slot(string value) => RuntimeHelpers.GetHashCode(value) & (Size - 1);
}
