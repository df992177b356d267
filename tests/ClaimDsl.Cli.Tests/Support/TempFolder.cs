using System;
using System.IO;
using System.Linq;
using ClaimDsl.Tests;

namespace ClaimDsl.Cli.Tests.Support;

/// <summary>A fresh folder for one test, removed afterwards; tests change copies, never the repository.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    public string Path { get; }

    public static TempFolder Create() => new(Directory.CreateTempSubdirectory("claimdsl-cli-").FullName);

    /// <summary>A copy of a test fixture (hidden files included) as the whole folder.</summary>
    public static TempFolder WithFixture(string name)
    {
        var folder = Create();
        folder.Copy(RepositoryPaths.Of("tests", "ClaimDsl.Cli.Tests", "Fixtures", name), "");
        return folder;
    }

    /// <summary>
    /// A copy of the seed example at <c>examples/Aleppo/aleppo.claims</c> with the article text
    /// at <c>seeds/</c>, where its relative <c>text</c> line finds it, and a neutral .globalconfig.
    /// </summary>
    public static TempFolder WithSeedExample()
    {
        var folder = Create();
        folder.Copy(RepositoryPaths.Of("examples", "Aleppo"), "examples/Aleppo");
        folder.Copy(RepositoryPaths.Of("seeds"), "seeds");
        folder.Write(".globalconfig", "is_global = true\n");
        return folder;
    }

    public string Of(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public string Write(string relative, string text)
    {
        string path = Of(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Write(string relative, byte[] bytes)
    {
        string path = Of(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Of(relative));

    public void Copy(string sourceFolder, string relativeTarget)
    {
        foreach (string file in Directory.EnumerateFiles(sourceFolder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            string target = Of(System.IO.Path.Combine(relativeTarget, System.IO.Path.GetRelativePath(sourceFolder, file)));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The files now in the folder, relative, sorted (to check nothing stray was left).</summary>
    public string[] Files() =>
        Directory.EnumerateFiles(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; a failing cleanup must not fail the test.
        }
    }
}
