using System.Text.Json.Nodes;

namespace BlazorConsole.Clients.Ksc.Wire;

/// <summary>The answer of <c>AsyncActionStateChecker.CheckActionState</c>.</summary>
internal sealed record KscActionState(bool Finalized, bool Succeeded, long NextCheckDelayMs, int? ErrorCode, string? ErrorModule, string? ErrorMessage)
{
    public static KscActionState Read(JsonObject answer)
    {
        var stateData = KscWireJson.AsParams(answer["pStateData"]);
        var error = stateData is null ? null : KscWireJson.AsParams(stateData["KLBLAG_ERROR_INFO"]);
        return new KscActionState(
            KscWireJson.AsBool(answer["bFinalized"]) ?? false,
            KscWireJson.AsBool(answer["bSuccededFinalized"]) ?? false,
            KscWireJson.AsLong(answer["lNextCheckDelay"]) ?? 0,
            error is null ? null : (int?)KscWireJson.AsLong(error["KLBLAG_ERROR_CODE"]),
            error is null ? null : KscWireJson.AsString(error["KLBLAG_ERROR_MODULE"]),
            error is null ? null : KscWireJson.AsString(error["KLBLAG_ERROR_MSG"]));
    }
}
