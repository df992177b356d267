using System.Reflection;

namespace ClaimDsl.Cli;

/// <summary>What the tool says about itself in reports.</summary>
public static class ToolInfo
{
    public const string Name = "claimdsl";

    /// <summary>The project's home, where <c>docs/diagnostics.md</c> (every rule's help) lives.</summary>
    public const string InformationUri = "https://github.com/claimdsl/claimdsl";

    /// <summary>The package version (the build leaves the source revision out, so it is the same everywhere).</summary>
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
