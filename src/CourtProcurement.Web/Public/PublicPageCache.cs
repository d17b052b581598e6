using System.Globalization;
using CourtProcurement.Application.OpenData;
using Microsoft.AspNetCore.OutputCaching;

namespace CourtProcurement.Web.Public;

/// <summary>
/// Output caching of the public pages (docs/decisions/0011-public-page-cache.md): anonymous GETs only,
/// one copy per URL and language, for a minute at most, and dropped by any save that changes the public
/// record, so that a visitor never sees a notice older than its last published change on this instance.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "PublicRecord";
    private const string Tag = "public-record";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddSingleton<OutputCacheEviction>();
        services.AddSingleton<IPublicRecordCache>(s => s.GetRequiredService<OutputCacheEviction>());
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromSeconds(60))
            .Tag(Tag)
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .VaryByValue(context => new KeyValuePair<string, string>("record", context.RequestServices.GetRequiredService<OutputCacheEviction>().Generation))));
        return services;
    }

    /// <summary>
    /// Evicts by tag, and also moves the generation that is part of every key: a request that read the
    /// data before a change committed stores its page under the old generation, where nobody asks again.
    /// </summary>
    private sealed class OutputCacheEviction(IOutputCacheStore store) : IPublicRecordCache
    {
        private long _generation;

        public string Generation => Interlocked.Read(ref _generation).ToString(CultureInfo.InvariantCulture);

        public ValueTask PublicRecordChangedAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _generation);
            return store.EvictByTagAsync(Tag, cancellationToken);
        }
    }
}
