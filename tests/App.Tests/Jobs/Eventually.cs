namespace Attendance.App.Tests.Jobs;

/// <summary>Waits for something the scheduler does in the background; the deadline only bounds a broken test.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"gave up waiting for {what}; last seen: {value}");
            }
            await Task.Delay(100);
        }
    }
}
