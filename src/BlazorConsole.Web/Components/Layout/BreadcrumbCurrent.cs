namespace BlazorConsole.Web.Components.Layout;

/// <summary>
/// Lets a page name its own last breadcrumb (a tenant's name instead of "Tenant 0193…"), once it knows it. One
/// per circuit; the name is forgotten when the address changes.
/// </summary>
public sealed class BreadcrumbCurrent
{
    public string? Title { get; private set; }

    public event Action? Changed;

    public void Set(string? title)
    {
        if (Title == title)
        {
            return;
        }

        Title = title;
        Changed?.Invoke();
    }

    internal void Forget() => Title = null;
}
