using System.Globalization;
using CourtProcurement.Benchmarks;

// benchmarks/run.sh drives these: "seed <data folder> <count>" and "load <base url> <seconds> <clients> <path>...".
switch (args)
{
    case ["seed", var folder, var count]:
        await Seed.RunAsync(folder, int.Parse(count, CultureInfo.InvariantCulture));
        break;
    case ["load", var url, var seconds, var clients, .. var paths]:
        await Load.RunAsync(new Uri(url), TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture)), int.Parse(clients, CultureInfo.InvariantCulture), paths);
        break;
    default:
        Console.Error.WriteLine("usage: seed <data folder> <count> | load <base url> <seconds> <clients> <path>...");
        return 2;
}

return 0;
