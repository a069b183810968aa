using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attendance.App.Web;

/// <summary>Pages in the main menu: one call maps the page, requires its policy and adds the menu item.</summary>
internal static class PageRouteExtensions
{
    /// <summary>
    /// Maps <c>GET <paramref name="path"/></c> as a menu page. The policy is enforced on the endpoint
    /// (not only by hiding the menu item); with <see langword="null"/>, any signed-in user may open it.
    /// A planners' page is <c>app.MapPage("/risk", () =&gt; Texts.RiskList, Roles.Planner, handler)</c>.
    /// </summary>
    public static RouteHandlerBuilder MapPage(this WebApplication app, string path, Func<string> title, string? policy, Delegate handler)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<Navigation>().Add(new NavEntry(path, title, policy));
        var route = app.MapGet(path, handler);
        return policy is null ? route : route.RequireAuthorization(policy);
    }
}
