using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BlazorConsole.Data.Common;

/// <summary>Stores a UTC <see cref="DateTime"/> as its ticks and reads it back with <see cref="DateTimeKind.Utc"/>.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTime, long>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime().Ticks : v.Ticks,
    v => new DateTime(v, DateTimeKind.Utc));
