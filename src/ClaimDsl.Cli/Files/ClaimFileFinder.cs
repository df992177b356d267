using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ClaimDsl.Cli.Files;

/// <summary>
/// Turns what the user typed (files, folders, glob patterns, or nothing) into the claim files
/// to work on: full paths, each once, in a fixed order. Anything that names no file is a
/// <see cref="UsageException"/>, so a typo never passes as "nothing to check".
/// </summary>
public static class ClaimFileFinder
{
    /// <summary>The extension of claim files, searched for in folders.</summary>
    public const string Extension = ".claims";

    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    // Hidden folders (.git, .vs) and their files are skipped, as most tools that search folders do.
    private static readonly EnumerationOptions FolderSearch = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.PlatformDefault,
    };

    /// <summary>
    /// The files named by <paramref name="paths"/>, relative to <paramref name="workingDirectory"/>;
    /// no path means the working directory.
    /// </summary>
    public static ImmutableArray<string> Find(IReadOnlyList<string> paths, string workingDirectory)
    {
        var found = new SortedSet<string>(PathComparer);
        if (paths.Count == 0)
        {
            found.UnionWith(InFolder(workingDirectory, $"the current folder (`{workingDirectory}`)"));
            return [.. found];
        }
        foreach (string path in paths)
        {
            if (string.IsNullOrWhiteSpace(path)) throw new UsageException("An empty path was given; name a file, a folder or a pattern such as `**/*.claims`.");
            if (IsPattern(path)) found.UnionWith(Matching(path, workingDirectory));
            else found.UnionWith(Named(path, workingDirectory));
        }
        return [.. found];
    }

    /// <summary>True for a glob pattern (<c>*</c> within a segment, <c>**</c> for any folders).</summary>
    public static bool IsPattern(string path) => path.Contains('*');

    private static IEnumerable<string> Named(string path, string workingDirectory)
    {
        string full = FullPath(path, workingDirectory);
        if (File.Exists(full)) return [full];
        if (Directory.Exists(full)) return InFolder(full, $"`{path}`");
        throw new UsageException(path.StartsWith('-')
            ? $"There is no option, file or folder called `{path}`. Run `claimdsl check --help` to see the options."
            : $"There is no file or folder at `{path}`.");
    }

    private static IEnumerable<string> InFolder(string folder, string description)
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*" + Extension, FolderSearch);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The folder {description} could not be searched: {e.Message}");
        }
        // On Windows "*.claims" also matches longer extensions such as ".claimsx"; keep only ours.
        var claimFiles = files.Where(f => f.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (claimFiles.Length == 0) throw new UsageException($"No {Extension} files were found in {description} or its subfolders.");
        return claimFiles;
    }

    private static IEnumerable<string> Matching(string pattern, string workingDirectory)
    {
        // Split at the first segment with a wildcard: the part before is a folder to search from.
        string[] segments = pattern.Replace('\\', '/').Split('/');
        int firstWild = Array.FindIndex(segments, s => s.Contains('*'));
        string baseFolder = string.Join("/", segments.Take(firstWild));
        string relativePattern = string.Join("/", segments.Skip(firstWild));
        if (pattern.StartsWith('/') && baseFolder.Length == 0) baseFolder = "/";
        string root = FullPath(baseFolder.Length == 0 ? "." : baseFolder, workingDirectory);
        if (!Directory.Exists(root)) throw new UsageException($"No files match `{pattern}`: there is no folder `{baseFolder}`.");
        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        matcher.AddInclude(relativePattern);
        var matches = matcher.GetResultsInFullPath(root).Select(Path.GetFullPath).ToArray();
        if (matches.Length == 0) throw new UsageException($"No files match `{pattern}`.");
        return matches;
    }

    private static string FullPath(string path, string workingDirectory)
    {
        try
        {
            return Path.GetFullPath(path, workingDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"`{path}` is not a usable path: {e.Message}");
        }
    }
}
