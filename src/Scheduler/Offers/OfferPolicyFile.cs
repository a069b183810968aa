using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attendance.Scheduler.Offers;

/// <summary>
/// Reads an <see cref="OfferPolicy"/> from JSON: snake_case names (<c>reserve_share</c>), durations as
/// <c>d.hh:mm:ss</c> strings (<c>"1.00:00:00"</c>, <c>"02:00:00"</c>), unknown names refused (a misspelt setting
/// must not silently fall back to its default).
/// </summary>
public static class OfferPolicyFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
    };

    /// <summary>Loads and validates a policy file.</summary>
    /// <exception cref="InvalidDataException">The file is missing, not JSON, names an unknown setting or a setting is out of range; the message names the file.</exception>
    public static OfferPolicy Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the policy file: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates policy JSON; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="InvalidDataException">See <see cref="Load"/>.</exception>
    public static OfferPolicy Parse(string json, string source)
    {
        OfferPolicy policy;
        try
        {
            policy = JsonSerializer.Deserialize<OfferPolicy>(json, Options)
                ?? throw new InvalidDataException($"{source}: the policy is null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a valid policy: {e.Message}", e);
        }

        try
        {
            policy.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{source}: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }

        return policy;
    }

    /// <summary>The policy as JSON, in the file format (used to print the defaults).</summary>
    public static string Format(OfferPolicy policy) => JsonSerializer.Serialize(policy, Options);
}
