namespace CourtProcurement.Web.Infrastructure.Security;

public static class SystemScope
{
    /// <summary>A service scope in which the application acts on its own behalf, past the tenant filters.</summary>
    public static AsyncServiceScope CreateSystemScope(this IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().ActAsSystem();
        return scope;
    }
}
