using CourtProcurement.Application.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Contracts;

/// <summary>The home page's card of contract work waiting for the reader, with links to it; nothing when there is none.</summary>
public sealed class ContractTasksViewComponent(ContractQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await queries.TasksAsync());
}
