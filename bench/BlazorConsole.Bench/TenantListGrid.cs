using System.Linq.Expressions;
using BlazorConsole.Web.Components.Pages.Tenants;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace BlazorConsole.Bench;

/// <summary>The tenant list's grid (same columns, dense, multi-select) over one page of rows, for the render half of the benchmark.</summary>
internal sealed class TenantListGrid : ComponentBase
{
    private static readonly Expression<Func<TenantRow, object>>[] Columns =
    [
        r => r.Status,
        r => r.Name,
        r => r.Type,
        r => r.VmCount,
        r => r.Created,
    ];

    [Parameter]
    public IReadOnlyList<TenantRow> Rows { get; set; } = [];

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<MudDataGrid<TenantRow>>(0);
        builder.AddComponentParameter(1, nameof(MudDataGrid<TenantRow>.Items), Rows);
        builder.AddComponentParameter(2, nameof(MudDataGrid<TenantRow>.Dense), true);
        builder.AddComponentParameter(3, nameof(MudDataGrid<TenantRow>.MultiSelection), true);
        builder.AddComponentParameter(4, nameof(MudDataGrid<TenantRow>.Columns), (RenderFragment)(columns =>
        {
            columns.OpenComponent<SelectColumn<TenantRow>>(0);
            columns.CloseComponent();
            foreach (var column in Columns)
            {
                columns.OpenComponent<PropertyColumn<TenantRow, object>>(1);
                columns.AddComponentParameter(2, nameof(PropertyColumn<TenantRow, object>.Property), column);
                columns.CloseComponent();
            }
        }));
        builder.CloseComponent();
    }
}
