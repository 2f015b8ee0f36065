using GoalFrames.Canon;
using GoalFrames.CanonTools.Book;

namespace GoalFrames.CanonTools.Yaml;

/// <summary>What reading a canon directory as a book gave.</summary>
/// <param name="Book">The book, or null when the canon has problems.</param>
/// <param name="Loaded">What the canon loader said (the canon itself and its problems).</param>
/// <param name="Notes">Comments the book cannot keep, as <c>file:line: message</c>.</param>
public sealed record BookReadResult(CanonBook? Book, CanonLoadResult Loaded, IReadOnlyList<string> Notes);
