using System.Text;

namespace Attendance.App.Cli;

/// <summary>
/// Reads a password as one line of standard input — never from the command line (other users see
/// process arguments, shells keep history). At a terminal, typing is not echoed and the password is asked twice.
/// </summary>
internal static class PasswordInput
{
    public static string Read()
    {
        if (!Console.IsInputRedirected)
        {
            // Typing is hidden, so a typo would go unnoticed: ask twice.
            Console.Error.Write("password: ");
            var password = ReadHidden();
            Console.Error.Write("again: ");
            return ReadHidden() == password ? password : throw new UserFacingException("the two passwords differ; nothing changed");
        }
        var line = Console.In.ReadLine() ?? throw new UserFacingException("no password on standard input (expected one line)");
        return line.TrimEnd('\r');
    }

    private static string ReadHidden()
    {
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.Error.WriteLine();
                    return password.ToString();
                case ConsoleKey.Backspace when password.Length > 0:
                    password.Length--;
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        password.Append(key.KeyChar);
                    }
                    break;
            }
        }
    }
}
