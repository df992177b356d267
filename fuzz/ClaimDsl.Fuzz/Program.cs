using System.IO;
using SharpFuzz;

namespace ClaimDsl.Fuzz;

/// <summary>
/// The afl-fuzz target: each input arrives on a stream. Out of process, so that a stack
/// overflow or a hang in the code under test is caught as a crash or a time-out, not lost.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // Replay mode, for looking at a finding by hand: dotnet ClaimDsl.Fuzz.dll FILE...
        if (args.Length > 0)
        {
            foreach (var file in args) FuzzTarget.Run(File.ReadAllBytes(file));
            return;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.ToArray());
        });
    }
}
