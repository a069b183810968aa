using Microsoft.Extensions.Options;

namespace Attendance.App.Hosting;

/// <summary>Runs <see cref="ISettings.Validate"/> for the options system (and so for ValidateOnStart).</summary>
internal sealed class SettingsValidator<T> : IValidateOptions<T>
    where T : class, ISettings
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
