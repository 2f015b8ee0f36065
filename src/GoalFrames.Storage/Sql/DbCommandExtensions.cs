using System.Data.Common;

namespace GoalFrames.Storage.Sql;

/// <summary>Binds named parameters; every value reaches SQL as a parameter, never as text.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static DbCommand Sql(this DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
