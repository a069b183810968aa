using Attendance.App.Audit;

namespace Attendance.App.Tests.Audit;

public sealed class AuditChangeTests
{
    [Fact]
    public void Between_Update_ListsOnlyTheFieldsThatDiffer()
    {
        var changes = AuditChange.Between(
            """{"userName":"bo","roles":["admin"],"disabled":false,"lockedUntil":null}""",
            """{"userName":"bo","roles":["admin"],"disabled":true,"lockedUntil":null}""");

        Assert.Equal([new AuditChange("disabled", "false", "true")], changes);
    }

    [Fact]
    public void Between_Creation_ListsEveryFieldWithoutABeforeValue()
    {
        var changes = AuditChange.Between(null, """{"userName":"bo","roles":["admin","planner"],"lockedUntil":null}""");

        Assert.Equal(
            [new AuditChange("userName", null, "\"bo\""), new AuditChange("roles", null, """["admin","planner"]"""), new AuditChange("lockedUntil", null, "null")],
            changes);
    }

    [Fact]
    public void Between_FieldGoneAndNestedChange_AreBothListed()
    {
        var changes = AuditChange.Between("""{"slot":{"id":7},"note":"x"}""", """{"slot":{"id":8}}""");

        Assert.Equal([new AuditChange("slot", """{"id":7}""", """{"id":8}"""), new AuditChange("note", "\"x\"", null)], changes);
    }

    [Fact]
    public void Between_DanishLetters_AreShownAsThemselves()
    {
        var changes = AuditChange.Between(null, """{"displayName":"Pia Planl\u00e6gger"}""");

        Assert.Equal([new AuditChange("displayName", null, "\"Pia Planlægger\"")], changes);
    }

    [Fact]
    public void Between_NoStates_IsEmpty()
    {
        Assert.Empty(AuditChange.Between(null, null));
    }
}
