using System.Text.RegularExpressions;

namespace GoalFrames.Engine.Checks;

/// <summary>
/// Whether a target states something countable: a digit (numbers, percentages, dates, quarters such as Q3), a percent
/// sign or word, a currency sign or ISO code, a number word (one … twelve, twenty … ninety, hundred … billion, half,
/// double, twice, triple, dozen) or a month name (full in any case, or three letters capitalised; "may" and "march"
/// only capitalised, since they are also verbs). "One" as a pronoun ("no one", "anyone", "the one") counts for nothing.
/// A plain rule, no AI: it asks "is this measurable?", it does not judge.
/// </summary>
internal static partial class Measurability
{
    public static bool States(string target) => Countable().IsMatch(target) || Month().IsMatch(target) || FullMonth().IsMatch(target);

    [GeneratedRegex(@"\p{Nd}|%|\p{Sc}|\b(?:per ?cent|percent|USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY|zero|(?<!\b(?:no|any|every|some|the|that|this|which)\s)one(?!\s+(?:of\s+(?:the|our|their|its|my|your)|another))|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|double|twice|triple|dozen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Countable();

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(@"\b(?:january|february|april|june|july|august|september|october|november|december)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullMonth();
}
