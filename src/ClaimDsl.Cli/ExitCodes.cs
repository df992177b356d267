namespace ClaimDsl.Cli;

/// <summary>What the process's exit code tells a script or CI pipeline.</summary>
public static class ExitCodes
{
    /// <summary>The command did its work and found no errors.</summary>
    public const int Success = 0;

    /// <summary>The files were checked and at least one error was found.</summary>
    public const int ErrorsFound = 1;

    /// <summary>The command could not do its work: a wrong option, a missing path, an unreadable or unwritable file.</summary>
    public const int UsageOrIoProblem = 2;
}
