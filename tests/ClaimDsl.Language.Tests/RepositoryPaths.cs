using System;
using System.IO;

namespace ClaimDsl.Tests;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimDsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("The tests must run inside the ClaimDsl repository.");
    }
}
