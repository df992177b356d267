using System;
using System.IO;
using ClaimDsl.IO;
using Xunit;

namespace ClaimDsl.Tests;

public sealed class SafeFileWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimdsl-write-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_folder)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Creates_and_replaces_files_leaving_no_temporary_file()
    {
        string path = Path.Combine(_folder, "a.claims");

        SafeFileWriter.WriteAllText(path, "first\n");
        SafeFileWriter.WriteAllText(path, "second\n");

        Assert.Equal("second\n", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_leading_U_FEFF_is_written_as_the_byte_order_mark_and_nothing_else_is_added()
    {
        string path = Path.Combine(_folder, "bom.claims");

        SafeFileWriter.WriteAllText(path, "\uFEFFx");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'x' }, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_read_only_file_is_refused_and_left_as_it_was()
    {
        string path = Path.Combine(_folder, "locked.claims");
        File.WriteAllText(path, "original\n");
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var error = Assert.Throws<SafeWriteException>(() => SafeFileWriter.WriteAllText(path, "new\n"));

        Assert.Contains("read-only", error.Message);
        Assert.Contains("locked.claims", error.Message);
        Assert.Equal("original\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_missing_folder_or_a_folder_as_target_is_a_clear_error()
    {
        Assert.Contains("does not exist", Assert.Throws<SafeWriteException>(() => SafeFileWriter.WriteAllText(Path.Combine(_folder, "no", "x.claims"), "x")).Message);
        Assert.Contains("is a folder", Assert.Throws<SafeWriteException>(() => SafeFileWriter.WriteAllText(_folder, "x")).Message);
    }

    [Fact]
    public void The_original_permissions_are_kept()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = Path.Combine(_folder, "mode.claims");
        File.WriteAllText(path, "x");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        SafeFileWriter.WriteAllText(path, "y");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }
}
