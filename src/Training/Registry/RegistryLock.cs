namespace Attendance.Training.Registry;

/// <summary>
/// Exclusive hold on a registry for one change (add, promote): an open <c>.lock</c> file with no
/// sharing, which .NET takes as an advisory <c>flock</c> on Unix. The kernel drops it when the holder
/// exits, however it exits, so a crashed promoter never leaves the registry locked. Other processes
/// on the machine (the CLI beside <c>serve</c>) and other threads both wait for it; on a shared
/// folder, nodes do too where the file system forwards locks (NFSv4 does).
/// </summary>
internal sealed class RegistryLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream file;

    private RegistryLock(FileStream file) => this.file = file;

    /// <summary>Waits for the lock on <paramref name="root"/> (created when missing) up to <paramref name="timeout"/>.</summary>
    /// <exception cref="RegistryException">Someone else held it for the whole time.</exception>
    public static RegistryLock Acquire(string root, TimeSpan timeout)
    {
        Directory.CreateDirectory(root);
        var path = Path.Combine(root, ".lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new RegistryLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Poll);
            }
            catch (IOException e)
            {
                throw new RegistryException($"{root}: the registry is busy (another promotion holds {path}); try again later", e);
            }
        }
    }

    public void Dispose() => file.Dispose();
}
