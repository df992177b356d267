using System;
using System.IO;
using System.Linq;

namespace ClaimDsl.Cli.Reports;

/// <summary>
/// How reports name files: relative to the working directory when the file is under it (what
/// a person typed, and what CI systems expect), the full path otherwise.
/// </summary>
public sealed class ReportPaths(string workingDirectory)
{
    public string WorkingDirectory { get; } = Path.GetFullPath(workingDirectory);

    /// <summary>The path as this operating system writes it (for text output a person reads).</summary>
    public string Native(string path) => Relative(path) ?? path;

    /// <summary>The path with forward slashes (for JSON and GitHub, identical on every system).</summary>
    public string Portable(string path) => (Relative(path) ?? path).Replace('\\', '/');

    /// <summary>The path relative to the working directory, or null when it is not under it.</summary>
    public string? Relative(string path)
    {
        if (path.Length == 0) return null;
        string relative = Path.GetRelativePath(WorkingDirectory, Path.GetFullPath(path, WorkingDirectory));
        bool outside = Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return outside ? null : relative;
    }

    /// <summary>The working directory as an absolute <c>file:</c> URI ending with a slash (SARIF's <c>%SRCROOT%</c>).</summary>
    public string RootUri => new Uri(WorkingDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <summary>A relative URI reference for a file under the working directory, or null.</summary>
    public string? RelativeUri(string path) =>
        Relative(path) is { } relative ? string.Join("/", relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)) : null;

    /// <summary>An absolute <c>file:</c> URI for any file.</summary>
    public static string AbsoluteUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
