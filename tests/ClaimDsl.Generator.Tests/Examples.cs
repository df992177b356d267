using System.IO;
using ClaimDsl.Tests;

namespace ClaimDsl.Generator.Tests;

/// <summary>The repository's example files, as additional files with their real paths.</summary>
public static class Examples
{
    public static string AleppoClaimsPath { get; } = RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims");

    public static string AleppoTextPath { get; } = RepositoryPaths.Of("seeds", "000_5eb633ef3f0f4a02.txt");

    public static (string Path, string Text) AleppoClaims => (AleppoClaimsPath, File.ReadAllText(AleppoClaimsPath));

    public static (string Path, string Text) AleppoText => (AleppoTextPath, File.ReadAllText(AleppoTextPath));
}
