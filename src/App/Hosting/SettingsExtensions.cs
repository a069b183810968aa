using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Attendance.App.Hosting;

/// <summary>Binds <see cref="ISettings"/> classes from their sections and validates them at start-up.</summary>
internal static class SettingsExtensions
{
    /// <summary>
    /// Like <c>BindConfiguration</c>, but every problem — an unknown key (a typo would otherwise be
    /// silently ignored), a value of the wrong type, a value out of range — becomes an
    /// <see cref="OptionsValidationException"/> whose failures name the setting.
    /// </summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services)
        where T : class, ISettings
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, SettingsValidator<T>>());
        return services.AddOptions<T>()
            .Configure<IConfiguration>((options, configuration) => Bind(configuration.GetSection(T.Section), options))
            .ValidateOnStart();
    }

    /// <summary>Every failure on one line, for the start-up error.</summary>
    public static string Describe(OptionsValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return string.Join("; ", exception.Failures);
    }

    private static void Bind<T>(IConfigurationSection section, T options)
        where T : class, ISettings
    {
        var unknown = UnknownKeys(section, typeof(T)).ToList();
        if (unknown.Count > 0)
        {
            throw new OptionsValidationException(T.Section, typeof(T), unknown.Select(key => $"{key}: unknown setting"));
        }
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the key and the expected type ("... at 'Auth:LockoutPeriod' to type 'System.TimeSpan'").
            throw new OptionsValidationException(T.Section, typeof(T), [e.Message]);
        }
    }

    private static IEnumerable<string> UnknownKeys(IConfigurationSection section, Type type)
    {
        foreach (var child in section.GetChildren())
        {
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
            {
                yield return child.Path;
            }
            else if (IsNested(property.PropertyType))
            {
                foreach (var key in UnknownKeys(child, property.PropertyType))
                {
                    yield return key;
                }
            }
        }
    }

    private static bool IsNested(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
}
