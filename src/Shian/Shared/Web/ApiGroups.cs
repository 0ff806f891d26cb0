namespace Shian.Shared.Web;

public static class ApiGroups
{
    /// <summary>The versioned API group of a module: <c>/api/v1/{module}</c>, tagged for OpenAPI.</summary>
    public static RouteGroupBuilder MapModuleApi(this IEndpointRouteBuilder app, string module, string tag) =>
        app.MapGroup($"/api/v1/{module}").WithTags(tag).AddEndpointFilterFactory(DataAnnotationsValidationFilter.Factory);
}
