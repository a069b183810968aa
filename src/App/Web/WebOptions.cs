using Attendance.App.Hosting;

namespace Attendance.App.Web;

/// <summary>Where the web pages listen (section <c>Web</c>; <c>--urls</c> on the command line).</summary>
internal sealed class WebOptions : ISettings
{
    public static string Section => "Web";

    /// <summary>One or more <c>http://</c> or <c>https://</c> URLs separated by <c>;</c>.</summary>
    /// <value>Default <c>http://127.0.0.1:5080</c>: this machine only; a reverse proxy publishes it.</value>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    public IReadOnlyList<string> UrlList =>
        Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<string> Validate()
    {
        if (UrlList.Count == 0)
        {
            yield return "Web:Urls (--urls): no URL given";
        }
        foreach (var url in UrlList)
        {
            // Kestrel also accepts wildcard hosts (http://*:5080, http://+:5080), which Uri rejects.
            var probe = url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return $"Web:Urls (--urls): '{url}' is not an http:// or https:// URL";
            }
        }
    }
}
