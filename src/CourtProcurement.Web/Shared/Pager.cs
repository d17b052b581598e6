namespace CourtProcurement.Web.Shared;

/// <summary>
/// A pager that links the first and last page and a window around the current one, so that a list of
/// 20,000 notices renders a dozen links instead of a thousand. <c>null</c> in <see cref="Pages"/> is a gap.
/// </summary>
public sealed record Pager(int Current, int Count, Func<int, string?> UrlFor)
{
    private const int Window = 2;

    public IReadOnlyList<int?> Pages
    {
        get
        {
            var pages = new List<int?>();
            for (var p = 1; p <= Count; p++)
            {
                if (p == 1 || p == Count || Math.Abs(p - Current) <= Window)
                {
                    pages.Add(p);
                }
                else if (pages[^1] is not null)
                {
                    pages.Add(null);
                }
            }

            return pages;
        }
    }
}
