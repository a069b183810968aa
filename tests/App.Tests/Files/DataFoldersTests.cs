using System.Globalization;
using Attendance.App.Files;
using Attendance.App.Hosting;
using Microsoft.Extensions.Options;

namespace Attendance.App.Tests.Files;

public sealed class DataFoldersTests
{
    [Fact]
    public void OutboxFor_GivesAHiveStyleDateFolderWhateverTheCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            var sut = CreateSut("/srv/attendance");

            Assert.Equal("/srv/attendance/outbox/scores/date=2026-03-02", sut.OutboxFor("scores", new DateOnly(2026, 3, 2)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("")]
    public void OutboxFor_NameThatIsNotAPlainFolder_Throws(string output)
    {
        Assert.ThrowsAny<ArgumentException>(() => CreateSut("/srv/attendance").OutboxFor(output, new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void InboxAndOutbox_CanLiveElsewhere()
    {
        var sut = new DataFolders(Options.Create(new DataOptions { Directory = "/srv/attendance", Inbox = "/mnt/sp-extracts", Outbox = "/mnt/sp-in" }));

        Assert.Equal("/mnt/sp-extracts/bookings", sut.InboxFor("bookings"));
        Assert.Equal("/mnt/sp-in", sut.Outbox);
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.InboxFor("patients"));
    }

    [Fact]
    public void Create_MakesOneInboxFolderPerExtractKindAndTheOutbox()
    {
        var root = Path.Combine(Path.GetTempPath(), $"attendance-folders-{Guid.NewGuid():N}");
        try
        {
            CreateSut(root).Create();

            Assert.Equal(["bookings", "history", "slots", "waitlist"],
                Directory.GetDirectories(Path.Combine(root, "inbox")).Select(Path.GetFileName).Order());
            Assert.True(Directory.Exists(Path.Combine(root, "outbox")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static DataFolders CreateSut(string root) => new(Options.Create(new DataOptions { Directory = root }));
}
