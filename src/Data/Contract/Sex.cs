namespace Attendance.Data.Contract;

/// <summary>Registered sex (the column may also be null). Wire names: see <see cref="WireNames"/>.</summary>
public enum Sex
{
    Female,
    Male,
}
