using Attendance.App.Audit;
using Attendance.App.Hosting;
using Attendance.App.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Attendance.App.Users;

/// <summary>Users, their passwords and the audit log they write to (needs <c>AddStore</c>).</summary>
internal static class UsersExtensions
{
    public static IHostApplicationBuilder AddUsers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSettings<AuthOptions>();
        builder.Services.TryAddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        builder.Services.TryAddSingleton<UserStore>();
        builder.Services.TryAddSingleton<AuditLog>();
        builder.Services.TryAddSingleton<UserAdministration>();
        return builder;
    }
}
