using System.Reflection;
using Attendance.App.Hosting;
using Attendance.App.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace Attendance.App.Web;

/// <summary>The web shell: where Kestrel listens, the layout and menu, languages, the stylesheet.</summary>
internal static class WebExtensions
{
    private static readonly string[] Languages = ["en", "da"];

    public static WebApplicationBuilder AddWebPages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSettings<WebOptions>();
        builder.Services.TryAddSingleton<Navigation>();
        builder.Services.TryAddSingleton<Layout>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Languages[0]).AddSupportedCultures(Languages).AddSupportedUICultures(Languages);
            // The signed-in user's choice, then this browser's choice (the language buttons before
            // sign-in), then the browser's language; no query-string switch.
            options.RequestCultureProviders =
                [new UserLanguageProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        // Kestrel listens on loopback by default, so a TLS-terminating proxy is local: trust its
        // X-Forwarded-Proto/-For from loopback only (the default known proxies), so that cookies get
        // the Secure flag and logs the client's address.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        // Kestrel needs the URLs before the host is built; WebOptions validates them before it starts.
        var web = new WebOptions();
        if (builder.Configuration[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"] is { } urls)
        {
            web.Urls = urls;
        }
        builder.WebHost.UseUrls([.. web.UrlList]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>
    /// Sets the request's culture (texts, number and date formats): after authentication (it reads the
    /// user's choice), before authorization (whose 403 page it translates).
    /// </summary>
    public static IApplicationBuilder UseLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>The assets (stylesheet; scripts, if ever, as files: the CSP forbids inline ones) and the language choice; both work before sign-in.</summary>
    public static WebApplication MapWebBasics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = LoadAssets();
        app.MapGet("/assets/{file}", (HttpContext context, string file) =>
        {
            if (!assets.TryGetValue(file, out var asset))
            {
                return Results.NotFound();
            }
            context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600";
            return Results.Bytes(asset.Content, asset.ContentType);
        }).AllowAnonymous();

        app.MapPost("/language", async (HttpContext context, UserStore users) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var language = form["lang"].ToString();
            if (Languages.Contains(language, StringComparer.Ordinal))
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                    new CookieOptions { HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
                if (context.User.Identity is { IsAuthenticated: true, Name: { } name })
                {
                    await users.SetLanguageAsync(name, language, context.RequestAborted);
                }
            }
            return Results.Redirect(Forms.LocalUrl(form["returnUrl"]));
        }).AllowAnonymous();
        return app;
    }

    /// <summary>The files of <c>Web/Assets</c>, embedded in the program: one binary to deploy, no static-files folder.</summary>
    private static Dictionary<string, (byte[] Content, string ContentType)> LoadAssets()
    {
        const string prefix = "Attendance.App.Web.Assets.";
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..];
            var contentType = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => throw new InvalidOperationException($"embedded asset {name} has no known content type"),
            };
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var content = new MemoryStream();
            stream.CopyTo(content);
            assets[name] = (content.ToArray(), contentType);
        }
        return assets;
    }
}
