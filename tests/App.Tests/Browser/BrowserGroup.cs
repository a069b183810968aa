namespace Attendance.App.Tests.Browser;

/// <summary>The browser tests share one host and one Chromium (<see cref="BrowserFixture"/>) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
