namespace GoalFrames.Canon;

/// <summary>The kinds of canon field a text row can come from.</summary>
public enum CanonField
{
    /// <summary>A JFM responsibility the level owns (<c>core_outputs</c>).</summary>
    CoreOutput,

    /// <summary>A component responsibility (<c>responsibilities</c>).</summary>
    Responsibility,

    /// <summary>The jfm complexity/problem-solving rubric (<c>rubrics.complexity</c>).</summary>
    ComplexityRubric,

    /// <summary>The jfm knowledge-application rubric (<c>rubrics.knowledge_application</c>).</summary>
    KnowledgeApplicationRubric,

    /// <summary>One of the level's dimensions (<c>dimensions.*</c>).</summary>
    LevelDimension,

    /// <summary>A naming field: a family, focus or level name, a level code or a profile title.</summary>
    Name,
}
