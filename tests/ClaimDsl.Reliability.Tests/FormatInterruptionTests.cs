using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Formatting;
using ClaimDsl.Reliability.Tests.Support;
using ClaimDsl.Tests;
using Xunit;
using Xunit.Abstractions;

namespace ClaimDsl.Reliability.Tests;

/// <summary>
/// Formatting never loses data: a formatting process killed at any moment leaves each file
/// with exactly its old bytes or exactly its new bytes; files with errors and read-only files
/// are reported and left alone. A killed run may leave a temporary file (named
/// <c>.NAME.claims.XXXXXXXX.tmp</c>, beside its file): it is hidden, is not a <c>.claims</c>
/// file, and <c>claimdsl check</c> does not read it.
/// </summary>
public partial class FormatInterruptionTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly string WorkerPath = RepositoryPaths.Of("tests", "ClaimDsl.Reliability.FormatWorker", "bin", Configuration, "net10.0", "ClaimDsl.Reliability.FormatWorker.dll");

    [GeneratedRegex(@"^\.f\d{3}\.claims\.[0-9a-f]{8}\.tmp$")]
    private static partial Regex TemporaryFile();

    private const int FileCount = 200;

    /// <summary>The library's formatter and safe writer in a process of their own, and the built tool's <c>fmt</c> command.</summary>
    [Theory]
    [InlineData("library")]
    [InlineData("claimdsl fmt")]
    public void Killing_a_formatting_run_leaves_every_file_old_or_new(string formatter)
    {
        using var folder = TempFolder.Create();
        var old = new Dictionary<string, byte[]>();
        var formatted = new Dictionary<string, byte[]>();
        for (int i = 0; i < FileCount; i++)
        {
            // Tabs for indentation and trailing spaces: the formatter rewrites every line's start.
            string text = ClaimFiles.Claims(150 + i).Replace("\n  ", "\n\t").Replace("\n", "   \n").Replace("claim c", $"claim f{i}_c");
            string name = $"f{i:000}.claims";
            old[name] = Encoding.UTF8.GetBytes(text);
            var result = ClaimFormatter.Format(text, name);
            Assert.Equal(FormatStatus.Changed, result.Status);
            formatted[name] = Encoding.UTF8.GetBytes(result.Text!);
        }

        int interruptedMidRun = 0;
        var random = new Random(20261201);
        for (int round = 0; round < 8; round++)
        {
            foreach (var (name, bytes) in old) File.WriteAllBytes(folder.Of(name), bytes);
            using var process = formatter == "library" ? StartWorker(folder.Path) : StartTool(folder.Path);
            // Kill once the run is under way: after a varying number of files is already new.
            int killAfter = 1 + random.Next(FileCount / 2);
            while (!process.HasExited && formatted.Count(f => new FileInfo(folder.Of(f.Key)).Length == f.Value.Length) < killAfter)
                System.Threading.Thread.Sleep(2);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();

            int newFiles = 0;
            foreach (var (name, bytes) in old)
            {
                byte[] now = File.ReadAllBytes(folder.Of(name));
                bool isOld = now.AsSpan().SequenceEqual(bytes), isNew = now.AsSpan().SequenceEqual(formatted[name]);
                Assert.True(isOld || isNew, $"Round {round}: {name} is neither its old nor its new contents ({now.Length} bytes).");
                if (isNew) newFiles++;
            }
            if (newFiles < FileCount) interruptedMidRun++;
            var strays = folder.Files().Where(f => !old.ContainsKey(f)).ToList();
            Assert.All(strays, f => Assert.Matches(TemporaryFile(), f));
            output.WriteLine($"Round {round}: killed with {newFiles} of {FileCount} files new, {strays.Count} temporary file(s) left.");
        }
        Assert.True(interruptedMidRun > 0, "No run was interrupted before it finished.");

        // Leftover temporary files are not claim files: check reads the claim files only.
        var check = Tool.Run(folder.Path, "check", "--format", "json");
        Assert.Contains($"\"files\":{FileCount},", check.Output.Replace(" ", ""));
    }

    [Fact]
    public void Files_with_errors_and_read_only_files_are_reported_and_left_alone()
    {
        using var folder = TempFolder.Create();
        string messy = ClaimFiles.Claims(3).Replace("\n  ", "\n\t");
        string broken = messy + "claim\n  by \"unterminated\n";
        folder.Write("a-broken.claims", broken);
        string readOnly = folder.Write("b-read-only.claims", messy);
        if (OperatingSystem.IsWindows()) File.SetAttributes(readOnly, FileAttributes.ReadOnly);
        else File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        folder.Write("c-writable.claims", messy);

        var run = RunWorker(folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a-broken.claims: not formatted (SyntaxErrors).", run.Error);
        Assert.Contains("b-read-only.claims` is read-only, so it was left unchanged.", run.Error);
        Assert.Equal(broken, folder.Read("a-broken.claims"));
        Assert.Equal(messy, folder.Read("b-read-only.claims"));
        Assert.Equal(ClaimFormatter.Format(messy).Text, folder.Read("c-writable.claims"));
        Assert.Equal(["a-broken.claims", "b-read-only.claims", "c-writable.claims"], folder.Files());
    }

    private static Process StartWorker(string folder)
    {
        if (!File.Exists(WorkerPath)) throw new InvalidOperationException($"The format worker is not built at {WorkerPath}.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(WorkerPath);
        start.ArgumentList.Add(folder);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static Process StartTool(string folder)
    {
        if (!File.Exists(Tool.DllPath)) throw new InvalidOperationException($"The tool is not built at {Tool.DllPath}.");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { Tool.DllPath, "fmt", "." }) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static CliRun RunWorker(string folder)
    {
        using var process = StartWorker(folder);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
