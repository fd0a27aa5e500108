using Reciprocity.Host.Words;

namespace Reciprocity.Host.Tests.Translation;

/// <summary>A person's words in an isolate: exactly around them, and never opened or closed by the words themselves.</summary>
public sealed class OwnTests
{
    [Theory]
    [InlineData("Sam", "\u2068Sam\u2069")]
    [InlineData("سارة", "\u2068سارة\u2069")]
    [InlineData("", "\u2068\u2069")]
    [InlineData("a \u2069\u202Eb", "\u2068a \u202Eb\u2069")]
    [InlineData("a \u2067b", "\u2068a \u2067b\u2069\u2069")]
    [InlineData("a \u2066b\u2069 c", "\u2068a \u2066b\u2069 c\u2069")]
    public void A_value_is_isolated_and_its_own_isolates_cannot_close_the_one_around_it(string value, string isolated) =>
        Assert.Equal(isolated, Own.Isolated(value));
}
