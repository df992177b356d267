using System;
using System.IO;
using System.Text;

namespace ClaimDsl.Cli.Files;

/// <summary>
/// Writes a whole file or nothing: the text goes to a temporary file beside the target, which
/// then replaces it in one rename. An interrupted run leaves the old file (or none), never half
/// a file, and a reader never sees a partly written report.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 to <paramref name="path"/> (relative to <paramref name="workingDirectory"/>).</summary>
    public static void WriteAllText(string path, string text, string workingDirectory)
    {
        string target;
        try
        {
            target = Path.GetFullPath(path, workingDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"`{path}` is not a usable file name: {e.Message}");
        }
        string folder = Path.GetDirectoryName(target) ?? workingDirectory;
        if (!Directory.Exists(folder)) throw new UsageException($"Cannot write `{path}`: the folder `{folder}` does not exist.");
        if (Directory.Exists(target)) throw new UsageException($"Cannot write `{path}`: it is a folder.");
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8WithoutBom);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new UsageException($"Cannot write `{path}`: {e.Message}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is hidden and named as such; failing to remove it must not hide the real error.
        }
    }
}
