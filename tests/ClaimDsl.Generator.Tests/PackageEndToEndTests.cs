using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ClaimDsl.Tests;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// The package as a user meets it: pack it into a folder feed, make a project with
/// <c>dotnet new console</c>, add the package and claim files, build and run; then break a
/// claim file and see the build fail at its line and column. Slow (a few minutes on two cores):
/// it runs the real SDK several times.
/// </summary>
public class PackageEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    private const string News = """
        article council_vote
          title "Council approves new budget"
          outlet gazette
          published 2024-03-14
          text "council_vote.txt"

        org gazette "The Gazette"
          kind outlet

        person mayor "Ana Lopez"
          role "Mayor"

        claim budget_balanced
          by mayor
          says "This budget is balanced"
          on thursday
          at "City Hall"
          source direct

        """;

    private const string Program = """
        var claim = App.CouncilVote.Claims.BudgetBalanced;
        System.Console.WriteLine($"{claim.Speaker.Name} said \"{claim.Statement.Text}\" on {claim.When?.Earliest:yyyy-MM-dd}");
        System.Console.WriteLine($"same object: {ReferenceEquals(claim.Speaker, App.CouncilVote.People.Mayor)}");
        System.Console.WriteLine($"hostile: {App.Class.All.Count} claims, first by {App.Class.All[0].Speaker.Name}");
        """;

    [Fact]
    public void Packed_package_works_in_a_new_console_project()
    {
        string root = Path.Combine(Path.GetTempPath(), "claimdsl-e2e-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(root, "feed"), app = Path.Combine(root, "App");
        Directory.CreateDirectory(feed);
        try
        {
            // A version of its own, so no copy of an earlier ClaimDsl in a package cache is used.
            string version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            Dotnet(RepositoryPaths.Root, "pack", "src/ClaimDsl/ClaimDsl.csproj", "--no-build", "-c", configuration, "-o", feed, $"-p:PackageVersion={version}", "-p:BuildProjectReferences=false");

            Dotnet(root, "new", "console", "-n", "App", "-o", app, "--no-restore");
            File.WriteAllText(Path.Combine(app, "nuget.config"), NuGetConfig(feed, Path.Combine(root, "packages")));
            string project = Path.Combine(app, "App.csproj");
            File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>",
                $"""
                  <PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors><Nullable>enable</Nullable></PropertyGroup>
                  <ItemGroup><PackageReference Include="ClaimDsl" Version="{version}" /></ItemGroup>
                </Project>
                """));
            File.WriteAllText(Path.Combine(app, "news.claims"), News);
            File.WriteAllText(Path.Combine(app, "council_vote.txt"), "The mayor said: “This budget is balanced,” at City Hall on Thursday.");
            Directory.CreateDirectory(Path.Combine(app, "more"));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Inputs", "hostile.claims"), Path.Combine(app, "more", "hostile.claims"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), Program);

            Dotnet(app, "restore");
            Dotnet(app, "build", "--no-restore");
            string output = Dotnet(app, "run", "--no-build");
            Assert.Contains("Ana Lopez said \"This budget is balanced\" on 2024-03-14", output);
            Assert.Contains("same object: True", output);
            Assert.Contains("hostile: 4 claims, first by Namé \"Q\"", output);

            File.WriteAllText(Path.Combine(app, "news.claims"), News.Replace("  source direct\n", ""));
            var (exitCode, broken) = Run(app, "build", "--no-restore");
            Assert.NotEqual(0, exitCode);
            Assert.Contains($"{Path.Combine(app, "news.claims")}(13,7): error CLM010:", broken);
            Assert.DoesNotContain("CS8785", broken);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The folder feed first, the usual sources after; packages restored into the test's own folder, with the machine's cache as a read-only fallback.</summary>
    private static string NuGetConfig(string feed, string packages)
    {
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string fallback = Directory.Exists(cache) ? $"""<fallbackPackageFolders><add key="machine" value="{cache}" /></fallbackPackageFolders>""" : "";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><add key="claimdsl-e2e" value="{feed}" /></packageSources>
              <config><add key="globalPackagesFolder" value="{packages}" /></config>
              {fallback}
            </configuration>
            """;
    }

    private static string Dotnet(string directory, params string[] arguments)
    {
        var (exitCode, output) = Run(directory, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(" ", arguments)} failed ({exitCode}):\n{output}");
        return output;
    }

    private static (int ExitCode, string Output) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No build server: nothing is left running after the test, and each build reads the package afresh.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish within {Patience.TotalMinutes} minutes:\n{output}");
        }
        process.WaitForExit();
        lock (output) return (process.ExitCode, output.ToString());
    }
}
