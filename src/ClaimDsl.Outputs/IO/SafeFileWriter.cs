using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace ClaimDsl.IO;

/// <summary>
/// Replaces a file's contents so that an interrupted or failed write never leaves half a file:
/// the new contents go to a temporary file in the same folder, are flushed to the disk, and the
/// temporary file is then renamed over the original in one step. On any failure the original is
/// left exactly as it was and the temporary file is removed.
/// </summary>
public static class SafeFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8. No byte-order mark is added; a text that starts
    /// with U+FEFF (as a file read with its mark does) keeps it.
    /// </summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> through a temporary file and an atomic rename.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? throw new SafeWriteException(path, $"`{path}` is not a file path.");
        bool exists = File.Exists(full);
        if (Directory.Exists(full)) throw new SafeWriteException(path, $"`{path}` is a folder, not a file.");
        if (!Directory.Exists(folder)) throw new SafeWriteException(path, $"The folder of `{path}` does not exist.");
        if (exists && (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
            throw new SafeWriteException(path, $"`{path}` is read-only, so it was left unchanged. Make it writable (for example `chmod u+w` or the file's Properties) and run again.");

        string temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }
            if (exists)
            {
                KeepPermissions(full, temporary);
                File.Replace(temporary, full, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(temporary, full);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            TryDelete(temporary);
            throw new SafeWriteException(path, $"`{path}` could not be written, and was left unchanged: {e.Message}", e);
        }
    }

    /// <summary>On Linux and macOS the renamed file takes the temporary file's permissions; give it the original's.</summary>
    private static void KeepPermissions(string original, string temporary)
    {
#if NET7_0_OR_GREATER
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(original));
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original is intact; a stray temporary file is the lesser harm and is named after it.
        }
    }
}

/// <summary>A file could not be written; the message says which and why, and the original is unchanged.</summary>
public sealed class SafeWriteException : IOException
{
    public SafeWriteException(string path, string message, Exception? inner = null) : base(message, inner) => FilePath = path;

    /// <summary>The file that was to be written.</summary>
    public string FilePath { get; }
}
