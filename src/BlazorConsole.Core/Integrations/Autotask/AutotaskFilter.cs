namespace BlazorConsole.Core.Integrations.Autotask;

/// <summary>
/// One condition of an Autotask query (<c>{"op":"eq","field":"companyName","value":"Contoso"}</c>) or a group of them
/// (<c>and</c>/<c>or</c> with <see cref="Items"/>). Top-level conditions are ANDed. Build them with the factory methods.
/// </summary>
/// <param name="Op">The operator as sent (<c>eq</c>, <c>beginsWith</c>, <c>in</c>, <c>or</c>…).</param>
/// <param name="Field">The field (case-insensitive); null for groups.</param>
/// <param name="Value">A string, number, boolean, date or list of strings/numbers; null for <c>exist</c>, <c>notExist</c> and groups.</param>
/// <param name="Items">The members of an <c>and</c>/<c>or</c> group.</param>
/// <param name="Udf">True when <paramref name="Field"/> names a user-defined field.</param>
public sealed record AutotaskFilter(string Op, string? Field, object? Value, IReadOnlyList<AutotaskFilter>? Items = null, bool Udf = false)
{
    public static AutotaskFilter Eq(string field, object value) => new("eq", field, value);

    public static AutotaskFilter NotEq(string field, object value) => new("noteq", field, value);

    public static AutotaskFilter Gt(string field, object value) => new("gt", field, value);

    public static AutotaskFilter Gte(string field, object value) => new("gte", field, value);

    public static AutotaskFilter Lt(string field, object value) => new("lt", field, value);

    public static AutotaskFilter Lte(string field, object value) => new("lte", field, value);

    public static AutotaskFilter BeginsWith(string field, string value) => new("beginsWith", field, value);

    public static AutotaskFilter EndsWith(string field, string value) => new("endsWith", field, value);

    public static AutotaskFilter Contains(string field, string value) => new("contains", field, value);

    public static AutotaskFilter Exist(string field) => new("exist", field, null);

    public static AutotaskFilter NotExist(string field) => new("notExist", field, null);

    public static AutotaskFilter In<T>(string field, IEnumerable<T> values) => new("in", field, values.Cast<object>().ToArray());

    public static AutotaskFilter NotIn<T>(string field, IEnumerable<T> values) => new("notIn", field, values.Cast<object>().ToArray());

    public static AutotaskFilter And(params AutotaskFilter[] items) => new("and", null, null, items);

    public static AutotaskFilter Or(params AutotaskFilter[] items) => new("or", null, null, items);

    /// <summary>A condition on the user-defined field <paramref name="name"/> (one per query).</summary>
    public static AutotaskFilter UserDefined(string op, string name, object? value) => new(op, name, value, null, Udf: true);

    /// <summary>Every record (<c>id</c> exists).</summary>
    public static AutotaskFilter All() => Exist("id");
}
