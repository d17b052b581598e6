using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Infrastructure.Security;

namespace CourtProcurement.Web.Infrastructure.CommandLine;

/// <summary>
/// <c>dotnet CourtProcurement.Web.dll --create-platform-admin</c>: the way the first platform administrator
/// is made outside Development, where no demo user ever exists. It asks for the password rather than
/// taking it as an argument, so that it never lands in a shell history.
/// </summary>
public static class CreatePlatformAdminCommand
{
    public const string Switch = "--create-platform-admin";

    public static bool IsRequested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output)
    {
        await using var scope = services.CreateSystemScope();
        var setup = scope.ServiceProvider.GetRequiredService<PlatformAdministratorSetup>();
        string? courtName = null, courtCode = null;
        if (!await setup.HasCourtsAsync())
        {
            courtName = Ask(input, output, "Name of the court that runs the platform (e.g. 广东省高级人民法院): ");
            courtCode = Ask(input, output, "Its short code (e.g. 粤): ");
        }

        var request = new PlatformAdministratorRequest(
            Ask(input, output, "User name: "),
            Ask(input, output, "E-mail: "),
            Ask(input, output, "Display name: "),
            AskSecret(input, output, "Password: "),
            courtName,
            courtCode);
        if (AskSecret(input, output, "Password again: ") != request.Password)
        {
            await output.WriteLineAsync("The passwords differ; nothing was created.");
            return 1;
        }

        var result = await setup.CreateAsync(request);
        await output.WriteLineAsync(result.Succeeded
            ? $"Platform administrator '{request.UserName}' created."
            : "Not created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        return result.Succeeded ? 0 : 1;
    }

    private static string Ask(TextReader input, TextWriter output, string prompt)
    {
        output.Write(prompt);
        return input.ReadLine()?.Trim() ?? string.Empty;
    }

    private static string AskSecret(TextReader input, TextWriter output, string prompt)
    {
        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            output.Write(prompt);
            var secret = new System.Text.StringBuilder();
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            {
                if (key.Key == ConsoleKey.Backspace && secret.Length > 0)
                {
                    secret.Length--;
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    secret.Append(key.KeyChar);
                }
            }

            output.WriteLine();
            return secret.ToString();
        }

        return Ask(input, output, prompt);
    }
}
