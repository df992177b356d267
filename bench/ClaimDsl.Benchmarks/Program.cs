using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ClaimDsl.Benchmarks.Cli;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Benchmarks.Generator;
using ClaimDsl.Benchmarks.Readers;
using ClaimDsl.Benchmarks.Reporting;
using ClaimDsl.Benchmarks.Scaling;
using ClaimDsl.Benchmarks.Verification;

namespace ClaimDsl.Benchmarks;

/// <summary>The benchmark program's commands. bench/run.sh is the documented way in; this is what it calls.</summary>
public static class Program
{
    private const string Usage = """
        Usage: ClaimDsl.Benchmarks <command> [options]

          corpus <name>...            make the corpora that are missing (e.g. synthetic-10MB liar2-1MB)
          verify <name>...            check that every reader reads the same facts from a corpus
          read [--corpora a,b] [--gc batch|default|server] [--gen0 MB] [BenchmarkDotNet options...]
                                      ClaimDsl against its baselines, with BenchmarkDotNet; prints the tables.
                                      --gc: the collector for every reader (.NET's default unless given)
                                      --gen0: a young generation of at least this many MB for every reader
                                      (DOTNET_GCgen0size; sized from the CPU's cache unless given)
          scaling [--kind synthetic] [--sizes 1,10,100] [--workloads A,B] [--repeat 3]
                                      cost against input size, one process per measurement; prints the table
          phases [--corpus synthetic-10MB] [--repeat 5]
                                      time and memory of each step of parse+bind+rules (line table, parse, bind, rules)
          cli [--files files-1000] [--repeat 3]
                                      the Release CLI as a whole process (claimdsl check over the seed example and
                                      over a set of claim files): wall, CPU, peak memory, cold and warm
          generator [--files files-1000] [--steps-files files-100] [--repeat 3] [--gc server|default|batch] [BenchmarkDotNet options...]
                                      the source generator: a cold run and the re-runs after three kinds of edit,
                                      and what each re-run re-did (step tracking, on the smaller set); prints the tables.
                                      --gc: BenchmarkDotNet's collector; the compiler's (server) unless given

        Corpus names are a kind (synthetic or liar2), a dash and a size in megabytes: synthetic-10MB;
        or files- and a number of files: files-1000 is a folder of 1,000 claim files, 100 claims each on average.
        Workloads: ClaimDslParse, ClaimDslCheck, SpracheTextbook, YamlDotNet, JsonSourceGenerated, JsonReflection.
        Tables are also saved as Markdown in bench/results/.
        """;

    public static int Main(string[] args)
    {
        try
        {
            return args.Length == 0 ? Help() : args[0] switch
            {
                "corpus" => Corpus(args.Skip(1)),
                "verify" => Verify(args.Skip(1)),
                "read" => Read(args.Skip(1).ToList()),
                "scaling" => Scaling(new Options(args.Skip(1), "--kind", "--sizes", "--workloads", "--repeat")),
                "phases" => Phases(new Options(args.Skip(1), "--corpus", "--repeat")),
                "cli" => CheckCommand(new Options(args.Skip(1), "--files", "--repeat")),
                "generator" => Generator(args.Skip(1).ToList()),
                "measure" => Measure(new Options(args.Skip(1), "--corpus", "--warmup", "--workload", "--repeat")),
                "help" or "--help" or "-h" => Help(),
                _ => Fail($"`{args[0]}` is not a command of this program."),
            };
        }
        catch (ArgumentException e)
        {
            return Fail(e.Message);
        }
    }

    private static int Corpus(IEnumerable<string> names)
    {
        var list = names.ToList();
        var fileSets = list.Where(ClaimFileSet.IsName).Select(ClaimFileSet.Parse).ToList();
        var specs = list.Where(name => !ClaimFileSet.IsName(name)).Select(CorpusSpec.Parse).ToList();
        foreach (var fileSet in fileSets) fileSet.Ensure(Console.Out);
        return specs.All(spec => CorpusFiles.Ensure(spec, Console.Out)) ? 0 : 1;
    }

    private static int Verify(IEnumerable<string> names)
    {
        var specs = Available(names.Select(CorpusSpec.Parse));
        if (specs.Count == 0) return Fail("Name the corpora to verify, e.g. synthetic-1MB.");
        bool ok = true;
        foreach (var spec in specs) ok &= CorpusFiles.Ensure(spec, Console.Out) && CorpusCheck.Run(spec, Console.Out);
        return ok ? 0 : 1;
    }

    private static int Read(List<string> args)
    {
        IEnumerable<string> names = TakeOption(args, "--corpora")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? ReadCorpusBenchmarks.DefaultCorpora;
        var specs = Available(names.Select(CorpusSpec.Parse));
        if (specs.Count == 0 || !specs.All(spec => CorpusFiles.Ensure(spec, Console.Out))) return 1;
        // BenchmarkDotNet runs each benchmark in a child process, which reads the list from the environment.
        Environment.SetEnvironmentVariable(ReadCorpusBenchmarks.CorporaVariable, string.Join(",", specs));

        // The garbage collector's mode, the same for every reader: .NET's default (concurrent
        // workstation) unless asked. ClaimDsl builds a syntax tree that lives until it is bound,
        // and the collector's mode changes its cost more than the baselines' (docs/performance.md):
        // --gc server is the compiler's (the generator's host), --gc batch the non-concurrent one.
        string? gc = TakeCollector(args, "default");
        if (gc is null) return 1;
        // --gen0: a young generation of at least that many megabytes, again for every reader.
        // .NET sizes it from the CPU's cache; given room for a whole read, a reader's time is
        // its own work without the collector's on what it keeps (docs/performance.md).
        int? gen0 = TakeNumber(args, "--gen0");

        // A 10 MB read takes up to seconds: BenchmarkDotNet's default of up to 100 iterations
        // would take hours. Three warm-ups and ten measured iterations give a usable error bar.
        var summaries = RunBenchmarks(typeof(ReadCorpusBenchmarks), args, gc, warmups: 3, iterations: 10, "Read", gen0);
        var report = new StringWriter();
        ReadCorpusReport.Write(summaries, report);
        string settings = (gc == "default" ? "" : $"-{gc}-gc") + (gen0 is null ? "" : $"-gen0-{gen0}MB");
        Publish($"read-corpus{settings}.md", report.ToString());
        return AllRan(summaries);
    }

    private static int Generator(List<string> args)
    {
        var fileSet = ClaimFileSet.Parse(TakeOption(args, "--files") ?? GeneratorBenchmarks.DefaultFileSet);
        // The generator runs inside the compiler, whose runtimeconfig (csc and VBCSCompiler in the
        // SDK) sets System.GC.Server: the server collector is the faithful one, unless asked.
        string? gc = TakeCollector(args, "server");
        if (gc is null) return 1;
        var stepsSet = ClaimFileSet.Parse(TakeOption(args, "--steps-files") ?? $"{ClaimFileSet.Prefix}{Math.Min(fileSet.FileCount, 100)}");
        int repeat = TakeNumber(args, "--repeat") ?? 3;
        fileSet.Ensure(Console.Out);
        stepsSet.Ensure(Console.Out);
        var project = GeneratorProject.Load(fileSet);
        var stepsProject = GeneratorProject.Load(stepsSet);
        Console.WriteLine($"Counting what each run re-does over {stepsSet.Name}, then timing each run over {fileSet.Name} in this process ({repeat} timed runs each)...");
        var cases = GeneratorSteps.Run(project, stepsProject, repeat, Console.Out);
        var library = GeneratorSteps.LibraryOnly(project, repeat);

        // BenchmarkDotNet runs each benchmark in a child process, which reads the file set from the environment.
        Environment.SetEnvironmentVariable(GeneratorBenchmarks.FileSetVariable, fileSet.Name);
        // A cold run over 1,000 files takes seconds: two warm-ups and eight measured iterations
        // keep the run to minutes.
        var summaries = RunBenchmarks(typeof(GeneratorBenchmarks), args, gc, warmups: 2, iterations: 8, "Generator");
        var report = new StringWriter();
        GeneratorReport.Write(summaries, project, stepsProject, cases, library, report);
        Publish($"generator-{fileSet.Name}.md", report.ToString());
        return AllRan(summaries);
    }

    /// <summary>
    /// Runs one class of benchmarks with BenchmarkDotNet under the collector <paramref name="gc"/>
    /// (default, server or batch), with a young generation of at least <paramref name="gen0Megabytes"/>
    /// when given. A job given on the command line (--job Dry for the quick run) replaces this
    /// one; without a filter every benchmark of the class runs.
    /// </summary>
    private static List<Summary> RunBenchmarks(Type benchmarks, List<string> args, string gc, int warmups, int iterations, string name, int? gen0Megabytes = null)
    {
        IConfig config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(ResultsFolder, "BenchmarkDotNet"));
        if (!args.Any(a => a is "--job" or "-j"))
        {
            var job = Job.Default.WithWarmupCount(warmups).WithIterationCount(iterations)
                .WithGcServer(gc == "server").WithGcConcurrent(gc != "batch");
            if (gen0Megabytes is { } megabytes)
                job = job.WithEnvironmentVariable("DOTNET_GCgen0size", "0x" + ((long)megabytes << 20).ToString("X", CultureInfo.InvariantCulture));
            config = config.AddJob(job.WithId(gen0Megabytes is null ? $"{name} ({gc} GC)" : $"{name} ({gc} GC with gen0 of {gen0Megabytes} MB)"));
        }
        // Without a filter BenchmarkDotNet asks on the console which benchmarks to run; CI has no console.
        if (!args.Any(a => a is "--filter" or "-f")) args.AddRange(new[] { "--filter", "*" });
        return BenchmarkSwitcher.FromTypes(new[] { benchmarks }).Run(args.ToArray(), config).ToList();
    }

    /// <summary>0 when every benchmark ran to its end, else 1 with the reason printed.</summary>
    private static int AllRan(List<Summary> summaries) =>
        summaries.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success))
            ? Fail("Some benchmarks did not run or did not finish; see BenchmarkDotNet's log above.")
            : 0;

    /// <summary>
    /// Removes <c>--gc default|server|batch</c> from the arguments and returns the collector to run
    /// the benchmarks under (<paramref name="standard"/> when not given); null, with the reason
    /// printed, for any other word.
    /// </summary>
    private static string? TakeCollector(List<string> args, string standard)
    {
        string gc = TakeOption(args, "--gc") ?? standard;
        if (gc is "batch" or "default" or "server") return gc;
        Fail($"--gc takes batch, default or server, not `{gc}`.");
        return null;
    }

    /// <summary>Removes <c>--name value</c> from the arguments and returns the value; the rest goes to BenchmarkDotNet.</summary>
    private static string? TakeOption(List<string> args, string name)
    {
        int at = args.IndexOf(name);
        if (at < 0) return null;
        if (at + 1 >= args.Count) throw new ArgumentException($"{name} needs a value.");
        string value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }

    /// <summary>Removes <c>--name n</c> from the arguments and returns n, a whole number above 0.</summary>
    private static int? TakeNumber(List<string> args, string name) =>
        TakeOption(args, name) is { } text ? new Options(new[] { name, text }, name).Number(name, 0) : null;

    private static int Scaling(Options options)
    {
        string kind = options.Get("--kind") ?? CorpusSpec.Synthetic;
        var sizes = options.List("--sizes", "1,10,100").Select(size => int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out int mb) && mb > 0
            ? mb : throw new ArgumentException($"`{size}` is not a size: give whole megabytes, like --sizes 1,10,100.")).ToList();
        var workloads = options.List("--workloads", "ClaimDslParse,ClaimDslCheck,YamlDotNet,JsonSourceGenerated").Select(ParseWorkload).ToList();
        int repeat = options.Number("--repeat", 3);
        var results = ScalingRun.Run(kind, sizes, workloads, repeat, Console.Out);
        if (results is null) return 1;
        var report = new StringWriter();
        ScalingRun.WriteTable(results, report);
        Publish("scaling.md", report.ToString());
        return 0;
    }

    private static int Phases(Options options)
    {
        var corpus = CorpusSpec.Parse(options.Get("--corpus") ?? "synthetic-10MB");
        if (!CorpusFiles.Ensure(corpus, Console.Out)) return 1;
        var report = new StringWriter();
        PhaseBreakdown.Run(corpus, options.Number("--repeat", 5), report);
        Publish($"phases-{corpus.Name}.md", report.ToString());
        return 0;
    }

    private static int CheckCommand(Options options)
    {
        var corpus = ClaimFileSet.Parse(options.Get("--files") ?? GeneratorBenchmarks.DefaultFileSet);
        var report = new StringWriter();
        bool ok = CliRun.Run(corpus, options.Number("--repeat", 3), Console.Out, report);
        if (report.GetStringBuilder().Length > 0) Publish("cli.md", report.ToString());
        return ok ? 0 : 1;
    }

    private static int Measure(Options options)
    {
        var corpus = CorpusSpec.Parse(options.Get("--corpus") ?? throw new ArgumentException("measure needs --corpus."));
        var warmup = CorpusSpec.Parse(options.Get("--warmup") ?? corpus.Name);
        var workload = ParseWorkload(options.Get("--workload") ?? throw new ArgumentException("measure needs --workload."));
        ScalingRun.Measure(corpus, warmup, workload, options.Number("--repeat", 3), Console.Out);
        return 0;
    }

    /// <summary>
    /// The corpora that can be made here. Without the LIAR2 CSV (shared/ is not part of the
    /// repository) the real corpus is left out, loudly, so that a fresh clone still runs the rest.
    /// </summary>
    private static List<CorpusSpec> Available(IEnumerable<CorpusSpec> specs)
    {
        var available = new List<CorpusSpec>();
        foreach (var spec in specs)
        {
            if (spec.Kind == CorpusSpec.Liar2 && CorpusFiles.Liar2Csv is null && !CorpusFiles.Exists(spec))
                Console.WriteLine($"warning: {spec.Name} is left out: liar2-valid.csv was not found in shared/data next to the repository. Set CLAIMDSL_LIAR2_CSV to its path to include it.");
            else
                available.Add(spec);
        }
        return available;
    }

    private static Workload ParseWorkload(string name) =>
        Enum.TryParse<Workload>(name, ignoreCase: false, out var workload) && Enum.IsDefined(workload)
            ? workload
            : throw new ArgumentException($"`{name}` is not a workload. The workloads are: {string.Join(", ", Workloads.All)}.");

    private static string ResultsFolder => Path.Combine(CorpusFiles.RepositoryRoot, "bench", "results");

    /// <summary>Prints a Markdown report and keeps it in bench/results/, where docs/performance.md's tables are copied from.</summary>
    private static void Publish(string fileName, string markdown)
    {
        Console.WriteLine();
        Console.Write(markdown);
        Directory.CreateDirectory(ResultsFolder);
        string path = Path.Combine(ResultsFolder, fileName);
        File.WriteAllText(path, markdown);
        Console.WriteLine($"(saved in {path})");
    }

    private static int Help()
    {
        Console.WriteLine(Usage);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    /// <summary>Options of the form <c>--name value</c>; an option this command does not know is an error.</summary>
    private sealed class Options
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public Options(IEnumerable<string> args, params string[] known)
        {
            var list = args.ToList();
            for (int i = 0; i < list.Count; i += 2)
            {
                if (!known.Contains(list[i])) throw new ArgumentException($"`{list[i]}` is not an option here. The options are: {string.Join(", ", known)}.");
                if (i + 1 >= list.Count) throw new ArgumentException($"{list[i]} needs a value.");
                _values[list[i]] = list[i + 1];
            }
        }

        public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

        public string[] List(string name, string fallback) =>
            (Get(name) ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public int Number(string name, int fallback) =>
            Get(name) is not { } text ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n
            : throw new ArgumentException($"{name} needs a whole number above 0, not `{text}`.");
    }
}
