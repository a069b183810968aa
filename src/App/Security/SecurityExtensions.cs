using System.Threading.RateLimiting;
using Attendance.App.Storage;
using Attendance.App.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Attendance.App.Security;

/// <summary>
/// Sign-in (password cookie, optionally the proxy header), authorization by default (every endpoint
/// needs a signed-in user unless it says otherwise; one policy per role), antiforgery on every
/// unsafe request, security headers on every response. Needs <c>AddUsers</c> and <c>AddWebPages</c>.
/// </summary>
internal static class SecurityExtensions
{
    /// <summary>The rate-limiting policy of the sign-in form (per client address, <see cref="AuthOptions.SignInAttemptsPerMinute"/>).</summary>
    public const string SignInRateLimit = "sign-in";

    public static IHostApplicationBuilder AddSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton<PasswordSignIn>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, ProxyHeaderExposureCheck>());
        services.TryAddScoped<AttendanceCookieEvents>();

        services.AddAuthentication(AuthSchemes.Selector)
            .AddPolicyScheme(AuthSchemes.Selector, null, options => options.ForwardDefaultSelector = context =>
            {
                var proxy = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.ProxyHeader;
                return proxy.Enabled && context.Request.Headers.ContainsKey(proxy.Name) ? AuthSchemes.Proxy : AuthSchemes.Cookie;
            })
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = ".attendance.session";
                options.Cookie.HttpOnly = true;
                // Lax, not Strict: a link from the intranet should open signed in; antiforgery guards the POSTs.
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.ReturnUrlParameter = "returnUrl";
                options.EventsType = typeof(AttendanceCookieEvents);
            })
            // Challenges and denials of proxy users go through the cookie scheme: login page or 403 page.
            .AddScheme<AuthenticationSchemeOptions, ProxyHeaderAuthenticationHandler>(AuthSchemes.Proxy, options =>
            {
                options.ForwardChallenge = AuthSchemes.Cookie;
                options.ForwardForbid = AuthSchemes.Cookie;
            });
        services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Cookie)
            .Configure<IOptions<AuthOptions>, TimeProvider>((cookie, auth, time) =>
            {
                cookie.ExpireTimeSpan = auth.Value.SessionLifetime;
                cookie.TimeProvider = time;
            });

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role));
        }

        services.AddDataProtection().SetApplicationName("attendance");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceProvider>((keys, provider) => keys.XmlRepository = new StoreXmlRepository(provider.GetRequiredService<Store>));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "in-process",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.SignInAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".attendance.antiforgery";
            options.HeaderName = "X-CSRF-TOKEN";
            // Our own X-Frame-Options: DENY is on every response.
            options.SuppressXFrameOptionsHeader = true;
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that every response carries them (also errors and denials).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(next => context =>
    {
        context.Response.OnStarting(() =>
        {
            SecurityHeaders.Apply(context.Response.Headers, context.Request.IsHttps);
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>Authorization and antiforgery; after <c>UseAuthentication</c> and the request language.</summary>
    public static IApplicationBuilder UseSecurity(this IApplicationBuilder app)
    {
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseMiddleware<AntiforgeryEnforcement>();
        return app;
    }
}
