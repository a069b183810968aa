namespace Attendance.Model.Calibration;

/// <summary>How raw model probabilities are mapped to calibrated ones.</summary>
public enum CalibrationMethod
{
    /// <summary>The booster's probability is used as it is.</summary>
    None,

    /// <summary>Platt scaling: p = σ(a · margin + b), two parameters, smooth and hard to overfit.</summary>
    Platt,

    /// <summary>Isotonic regression (pool adjacent violators), linear between block means: monotone, flexible.</summary>
    Isotonic,
}
