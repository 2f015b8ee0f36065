using System.Text.Json.Nodes;

namespace GoalFrames.Canon.Tests.Agreement;

/// <summary>One small sound canon, as JSON trees, with every optional key present so the generator reaches each one.</summary>
internal static class CanonDocuments
{
    public static JsonObject Header() => new()
    {
        ["name"] = "Test canon",
        ["version"] = "2026.11",
        ["review_cycle"] = new JsonObject { ["name"] = "FY2027 goals", ["start"] = "2027-01-01", ["end"] = "2027-12-31", ["goals_due"] = "2027-01-31" },
    };

    public static JsonObject Levels() => new()
    {
        ["levels"] = new JsonArray(new JsonObject
        {
            ["code"] = "M5",
            ["title"] = "Senior Director",
            ["track"] = "management",
            ["rank"] = 5,
            ["typical_years"] = "15+",
            ["summary"] = "Leads a large department",
            ["dimensions"] = new JsonObject
            {
                ["scope"] = "Multiple functions",
                ["autonomy"] = "Owns strategy",
                ["complexity"] = "Org-level trade-offs",
                ["impact"] = "Multi-function results",
                ["decision_rights"] = "Owns investment",
                ["leadership"] = "Leads directors",
            },
        }),
    };

    public static JsonObject Family() => new()
    {
        ["family"] = new JsonObject { ["code"] = "CLINIC1", ["name"] = "Clinical Trials Operations" },
        ["focuses"] = new JsonArray(new JsonObject
        {
            ["code"] = "GEN",
            ["name"] = "General",
            ["description"] = "Runs clinical trials.",
            ["aliases"] = new JsonArray("clinops"),
            ["profiles"] = new JsonArray(new JsonObject
            {
                ["level"] = "M5",
                ["title"] = "Head of Trials",
                ["status"] = "approved",
                ["version"] = 1,
                ["sample"] = false,
                ["provenance"] = "test",
                ["core_outputs"] = new JsonArray(new JsonObject { ["id"] = "dept-head", ["text"] = "Serves as department head" }),
                ["responsibilities"] = new JsonArray(new JsonObject { ["id"] = "budget", ["text"] = "Owns the budget" }),
                ["rubrics"] = new JsonObject { ["complexity"] = "Solves complex issues", ["knowledge_application"] = "Applies deep knowledge" },
            }),
        }),
    };
}
