using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClaimDsl.Semantics;
using Xunit;

namespace ClaimDsl.Tests.Semantics;

/// <summary>The workspace shared by parallel checks reads and parses each file once.</summary>
public class ClaimWorkspaceTests
{
    [Fact]
    public void A_file_imported_by_files_loaded_in_parallel_is_read_once()
    {
        var files = new Dictionary<string, string> { ["/w/shared.claims"] = "person speaker \"A Speaker\"\n" };
        for (int i = 0; i < 64; i++)
            files[$"/w/file{i}.claims"] = $"import \"shared.claims\"\n\narticle a{i}\n  title \"t\"\n";
        var provider = new CountingProvider(new InMemorySourceProvider(files));
        var workspace = new ClaimWorkspace(provider);

        // Start every load at the same moment, many times over, to give a race every chance.
        // Threads of their own: Parallel.For does not promise eight workers at once, and on two
        // cores a barrier for eight waits on the thread pool to grow (seconds under load).
        using var start = new Barrier(8);
        var failures = new ConcurrentQueue<System.Exception>();
        var workers = Enumerable.Range(0, 8).Select(worker => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (int i = worker; i < 64; i += 8) ClaimDocument.Load($"/w/file{i}.claims", workspace);
            }
            catch (System.Exception e)
            {
                failures.Enqueue(e); // an exception on a thread of its own would end the test process
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());

        Assert.Empty(failures);

        Assert.Equal(1, provider.Reads["/w/shared.claims"]);
        Assert.All(provider.Reads.Values, count => Assert.Equal(1, count));
        Assert.Equal(65, provider.Reads.Count);
    }

    [Fact]
    public void A_forgotten_file_is_no_longer_held_and_is_read_again_when_asked_for()
    {
        var files = new Dictionary<string, string> { ["/w/a.claims"] = "person speaker \"A Speaker\"\n" };
        var provider = new CountingProvider(new InMemorySourceProvider(files));
        var workspace = new ClaimWorkspace(provider);

        var first = workspace.GetTree("/w/a.claims", out _);
        Assert.Same(first, workspace.GetTree("/w/a.claims", out _));
        workspace.Forget("/w/a.claims");
        var second = workspace.GetTree("/w/a.claims", out _);

        Assert.NotSame(first, second);
        Assert.Equal(2, provider.Reads["/w/a.claims"]);
    }

    private sealed class CountingProvider(ISourceProvider inner) : ISourceProvider
    {
        public ConcurrentDictionary<string, int> Reads { get; } = new();

        public string Resolve(string fromFile, string relativePath) => inner.Resolve(fromFile, relativePath);

        public FileReadResult Read(string path)
        {
            Reads.AddOrUpdate(path, 1, (_, n) => n + 1);
            Thread.Sleep(1); // a read takes time on a real disk; it widens the window a race needs
            return inner.Read(path);
        }
    }
}
