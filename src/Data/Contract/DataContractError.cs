namespace Attendance.Data.Contract;

/// <summary>What is wrong with an input file.</summary>
public enum DataContractError
{
    /// <summary>A required column is not in the file.</summary>
    MissingColumn,

    /// <summary>A column's stored type cannot be read as the contract's type.</summary>
    WrongType,

    /// <summary>A required column holds a null.</summary>
    NullValue,

    /// <summary>An identifier occurs twice.</summary>
    DuplicateId,

    /// <summary>A categorical column holds a value the contract does not define.</summary>
    UnknownValue,

    /// <summary>A value looks like a Danish civil registration (CPR) number.</summary>
    CprNumber,

    /// <summary>A value is out of range for its type (e.g. an INT64 that does not fit an int32 column).</summary>
    OutOfRange,

    /// <summary>The path holds no readable Parquet file, or a file is not valid Parquet.</summary>
    UnreadableFile,
}
