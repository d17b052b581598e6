using System.Diagnostics;
using System.Globalization;

namespace CourtProcurement.Benchmarks;

/// <summary>
/// Requests per second and the 95th percentile latency of each endpoint, with a fixed number of concurrent
/// clients for a fixed time, <c>/healthz</c> first as the baseline of the same run. A <c>{n}</c> in a path
/// becomes a new number on every request, so that no cache (the portal's output cache included) can answer it.
/// </summary>
internal static class Load
{
    public static async Task RunAsync(Uri baseAddress, TimeSpan duration, int clients, IReadOnlyList<string> paths)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"{"endpoint",-40} {"req/s",10} {"p95 ms",10} {"vs /healthz",12}");
        double? baseline = null;
        foreach (var path in paths)
        {
            var counter = 0;
            string Next() => path.Replace("{n}", Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            (await http.GetAsync(Next())).EnsureSuccessStatusCode();
            var latencies = new List<double>[clients];
            var stop = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
            {
                latencies[c] = [];
                while (stop.Elapsed < duration)
                {
                    var one = Stopwatch.StartNew();
                    using var response = await http.GetAsync(Next(), HttpCompletionOption.ResponseContentRead);
                    response.EnsureSuccessStatusCode();
                    latencies[c].Add(one.Elapsed.TotalMilliseconds);
                }
            }));
            var all = latencies.SelectMany(l => l).Order().ToList();
            var rps = all.Count / stop.Elapsed.TotalSeconds;
            var p95 = all[(int)Math.Ceiling(all.Count * 0.95) - 1];
            baseline ??= rps;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path,-40} {rps,10:0.0} {p95,10:0.0} {rps / baseline.Value,12:0.00}"));
        }
    }
}
