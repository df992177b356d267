namespace ClaimDsl.Cli;

/// <summary>The process entry point: the real console, the real disk.</summary>
public static class Program
{
    public static int Main(string[] args) => CliApp.Run(args, CliContext.ForConsole());
}
