using System;

namespace ClaimDsl.Generator.Emit;

/// <summary>
/// One spare <typeparamref name="T"/> per thread, handed on from one article's writer to the
/// next: a cold build writes thousands of articles, and a new buffer for each allocated as much
/// again as the texts themselves. The compiler server lives long and runs generators on many
/// threads, so callers give back only what has not grown large, emptied.
/// </summary>
internal static class ThreadSpare<T> where T : class
{
    [ThreadStatic] private static T? s_spare;

    /// <summary>This thread's spare, or a new one.</summary>
    public static T Take(Func<T> create)
    {
        var spare = s_spare;
        s_spare = null;
        return spare ?? create();
    }

    /// <summary>Keeps an emptied <paramref name="item"/> for the next <see cref="Take"/> on this thread.</summary>
    public static void Give(T item) => s_spare = item;
}
