using Microsoft.AspNetCore.Authentication;

namespace BlazorConsole.Web.Access;

public sealed class BasicAuthenticationOptions : AuthenticationSchemeOptions;
