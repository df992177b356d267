using System;
using System.IO;
using System.Linq;
using ClaimDsl.Formatting;
using ClaimDsl.IO;

namespace ClaimDsl.Reliability.FormatWorker;

/// <summary>
/// Formats every <c>.claims</c> file in the folder given, in name order: files already in the
/// canonical layout are not touched, files with errors or that cannot be written are reported
/// on standard error and left alone. Exit code 1 when any file was left alone.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int formatted = 0, refused = 0;
        foreach (string path in Directory.GetFiles(args[0], "*.claims").Order(StringComparer.Ordinal))
        {
            var result = ClaimFormatter.FormatFile(path);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"{Path.GetFileName(path)}: not formatted ({result.Status}).");
                refused++;
                continue;
            }
            if (!result.Changed) continue;
            try
            {
                SafeFileWriter.WriteAllText(path, result.Text!);
                formatted++;
            }
            catch (SafeWriteException e)
            {
                Console.Error.WriteLine(e.Message);
                refused++;
            }
        }
        Console.WriteLine($"{formatted} formatted, {refused} left alone.");
        return refused > 0 ? 1 : 0;
    }
}
