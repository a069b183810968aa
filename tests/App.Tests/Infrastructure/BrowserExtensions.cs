using System.Net;
using System.Text.RegularExpressions;

namespace Attendance.App.Tests.Infrastructure;

/// <summary>What a browser does with the pages: read the antiforgery field, post forms, sign in.</summary>
internal static partial class BrowserExtensions
{
    /// <summary>The antiforgery token of the first form on the page at <paramref name="path"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string path = "/login")
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"no antiforgery field on {path}");
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, params (string Name, string Value)[] fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>Posts the login form like a browser: the answer is a redirect on success, the form again on failure.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password = AttendanceWebFactory.Password)
    {
        var token = await client.AntiforgeryTokenAsync();
        return await client.PostFormAsync("/login",
            ("__RequestVerificationToken", token), ("userName", userName), ("password", password), ("returnUrl", "/"));
    }

    public static bool IsSignInSuccess(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
