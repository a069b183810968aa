using System.Globalization;
using System.Text;

namespace Attendance.Data.VisitTypes;

/// <summary>
/// Parses visit-types.csv: a header <c>raw_name,family,duration_min</c>, then one rule per line. Fields may
/// be double-quoted (a name with a comma); <c>#</c> comment lines and blank lines are skipped.
/// </summary>
internal static class VisitTypeCsv
{
    private static readonly string[] Header = ["raw_name", "family", "duration_min"];

    public static IReadOnlyList<VisitTypeRule> Parse(string path, TextReader reader)
    {
        var rules = new List<VisitTypeRule>();
        var sawHeader = false;
        var lineNumber = 0;
        var fields = new List<string>(3);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            fields.Clear();
            if (!SplitFields(line, fields) || fields.Count != 3)
            {
                throw Malformed(path, lineNumber, $"expected 3 comma-separated fields (raw_name,family,duration_min), found {(fields.Count == 0 ? "an unterminated quote" : fields.Count.ToString(CultureInfo.InvariantCulture))}");
            }
            if (!sawHeader)
            {
                if (!fields.Select(f => f.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
                {
                    throw Malformed(path, lineNumber, "the first line must be the header raw_name,family,duration_min");
                }
                sawHeader = true;
                continue;
            }
            rules.Add(ToRule(path, lineNumber, fields[0].Trim(), fields[1].Trim(), fields[2].Trim()));
        }
        if (!sawHeader)
        {
            throw Malformed(path, lineNumber, "the file has no header raw_name,family,duration_min");
        }
        return rules;
    }

    private static VisitTypeRule ToRule(string path, int line, string rawName, string family, string duration)
    {
        if (rawName.Length == 0)
        {
            throw Malformed(path, line, "raw_name is empty");
        }
        if (family.Length == 0)
        {
            throw Malformed(path, line, "family is empty");
        }
        if (!int.TryParse(duration, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > 24 * 60)
        {
            throw Malformed(path, line, "duration_min must be a whole number of minutes between 1 and 1440");
        }
        var isKeyword = rawName.Length > 2 && rawName[0] == '*' && rawName[^1] == '*';
        if (isKeyword)
        {
            var keyword = VisitTypeNames.Normalise(rawName[1..^1]);
            if (keyword.Length == 0)
            {
                throw Malformed(path, line, "a keyword rule needs a word between the stars");
            }
            return new VisitTypeRule(keyword, family, minutes, IsKeyword: true, line);
        }
        return new VisitTypeRule(rawName, family, minutes, IsKeyword: false, line);
    }

    /// <summary>Splits one line; false when a quote is not closed.</summary>
    private static bool SplitFields(string line, List<string> fields)
    {
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        if (quoted)
        {
            fields.Clear();
            return false;
        }
        fields.Add(current.ToString());
        return true;
    }

    private static VisitTypeTableException Malformed(string path, int line, string problem) =>
        new(path, line, problem);
}
