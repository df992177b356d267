using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ClaimDsl.Benchmarks.Generator;

/// <summary>What changes between a warm run of the generator and the re-run that is measured.</summary>
public enum GeneratorEdit
{
    /// <summary>The project's C# file is replaced by an edited one; no claim file changes.</summary>
    CSharpFile,
    /// <summary>The words of the first claim of one claim file change.</summary>
    ClaimText,
    /// <summary>A comment line is added at the top of one claim file; nothing it says changes.</summary>
    Comment,
}

/// <summary>
/// A C# project that uses the generator, held in memory the way the compiler holds it: the claim
/// files as additional texts (read from the disk once, as the compiler does before it runs
/// generators, and decoded as it decodes them: see <see cref="Decoded"/>), a small C#
/// compilation that references what the generated code needs, and the project's RootNamespace
/// as an MSBuild property. The driver and the compilation are immutable,
/// so a warm driver can be re-run with the same edit any number of times, each time doing the
/// same work: that is what the incremental benchmarks measure.
/// </summary>
public sealed class GeneratorProject
{
    public const string RootNamespace = "Newsroom.Claims";

    private const string ProgramPath = "/project/Program.cs";
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private static readonly AnalyzerConfigOptionsProvider Properties = new MsBuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = RootNamespace });

    private GeneratorProject(ClaimFileSet files, ImmutableArray<AdditionalText> claimFiles, CSharpCompilation compilation)
    {
        Files = files;
        ClaimFiles = claimFiles;
        Compilation = compilation;
    }

    public ClaimFileSet Files { get; }

    public ImmutableArray<AdditionalText> ClaimFiles { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>Claim blocks in all the files.</summary>
    public int ClaimCount => ClaimFiles.Sum(f => f.GetText()!.Lines.Count(line => line.ToString().StartsWith("claim ", StringComparison.Ordinal)));

    /// <summary>Size of the files on disk (UTF-8).</summary>
    public long ClaimBytes => ClaimFiles.Sum(f => new FileInfo(f.Path).Length);

    /// <summary>The file the claim-file edits change: the middle one.</summary>
    public AdditionalText EditedFile => ClaimFiles[ClaimFiles.Length / 2];

    public static GeneratorProject Load(ClaimFileSet files)
    {
        if (!files.Exists) throw new DirectoryNotFoundException($"The claim files {files.Folder} are missing. Make them with: bench/run.sh corpus {files.Name}");
        var texts = files.Paths().Select(path => (AdditionalText)new LoadedText(path, Decoded(File.ReadAllBytes(path)))).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Newsroom", new[] { Program(0) }, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new GeneratorProject(files, texts, compilation);
    }

    /// <summary>A new driver, as a build that starts from nothing has. Step tracking is off, as in the compiler, except where the steps are counted.</summary>
    public GeneratorDriver NewDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        new[] { new ClaimsGenerator().AsSourceGenerator() },
        ClaimFiles,
        ParseOptions,
        Properties,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>Runs the generator and adds its sources to the compilation, as the compiler does before it binds anything.</summary>
    public static GeneratorDriver Run(GeneratorDriver driver, Compilation compilation, out Compilation output) =>
        driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out _);

    /// <summary>A warm driver with one edit applied, and the compilation to re-run it with.</summary>
    public (GeneratorDriver Driver, Compilation Compilation) Apply(GeneratorEdit edit, GeneratorDriver warm) => edit switch
    {
        GeneratorEdit.CSharpFile => (warm, Compilation.ReplaceSyntaxTree(Compilation.SyntaxTrees.Single(), Program(1))),
        GeneratorEdit.ClaimText => (warm.ReplaceAdditionalText(EditedFile, Edited(EditedFile, EditFirstClaim)), Compilation),
        _ => (warm.ReplaceAdditionalText(EditedFile, Edited(EditedFile, text => "# Checked again by the desk.\n" + text)), Compilation),
    };

    /// <summary>The project's one C# file; an edit changes the number it returns.</summary>
    private static SyntaxTree Program(int exitCode) => CSharpSyntaxTree.ParseText(
        $"namespace {RootNamespace}.App {{ public static class Program {{ public static int Main() => {exitCode}; }} }}",
        ParseOptions, ProgramPath);

    /// <summary>An edited file as the compiler reads it again once it is saved.</summary>
    private static AdditionalText Edited(AdditionalText file, Func<string, string> edit) =>
        new LoadedText(file.Path, Decoded(Encoding.UTF8.GetBytes(edit(file.GetText()!.ToString()))));

    /// <summary>
    /// A file's text as the compiler decodes it: from a stream, which gives a text of 40,000
    /// characters or more in pieces (Roslyn's large text) rather than as one string. A text made
    /// from a string hands the generator that string for nothing, and so made the benchmark's
    /// cold run cheaper than a build's by one large string per claim file.
    /// </summary>
    private static SourceText Decoded(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return SourceText.From(stream);
    }

    /// <summary>Puts a word in front of the first claim's quote or paraphrase: the claim now says something else.</summary>
    private static string EditFirstClaim(string text)
    {
        int claim = text.IndexOf("\nclaim ", StringComparison.Ordinal);
        int statement = new[] { "\n  says \"", "\n  paraphrase \"" }
            .Select(keyword => (Keyword: keyword, At: text.IndexOf(keyword, claim, StringComparison.Ordinal)))
            .Where(found => found.At > claim).Select(found => found.At + found.Keyword.Length).DefaultIfEmpty(-1).Min();
        if (claim < 0 || statement < 0) throw new InvalidDataException("The claim file to edit has no claim with a quote or paraphrase.");
        return text.Insert(statement, "Reportedly, ");
    }

    /// <summary>The runtime's own assemblies and the language library: enough for the generated classes to compile.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var runtime = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"));
        return runtime.Append(typeof(ClaimDsl.Model.Claim).Assembly.Location).Select(path => MetadataReference.CreateFromFile(path));
    }

    /// <summary>An additional file read once, as the compiler reads it before running generators.</summary>
    private sealed class LoadedText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>MSBuild properties as the generator sees them (<c>build_property.X</c>).</summary>
    private sealed class MsBuildProperties(IReadOnlyDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
