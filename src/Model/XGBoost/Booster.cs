using System.Globalization;
using System.Runtime.InteropServices;

namespace Attendance.Model.XGBoost;

/// <summary>
/// A trained XGBoost model: train it, predict with it (values, margins, SHAP contributions), save
/// and load it as XGBoost JSON (readable by Python XGBoost with identical predictions).
/// </summary>
/// <remarks>
/// <para>Thread safety: the in-place predictions on dense spans
/// (<see cref="Predict(ReadOnlySpan{float}, int, int, PredictionOutput)"/> and its span overload)
/// may run concurrently on one booster; XGBoost documents in-place prediction as thread-safe and
/// each thread gets its own output buffer. Everything else (training, DMatrix predictions,
/// contributions, <see cref="Threads"/>, attributes, saving) must not overlap with any other call.</para>
/// <para>Invariant: <see cref="FeatureCount"/> and <see cref="BestIteration"/> mirror the native
/// model; they are refreshed whenever the model changes (train, load).</para>
/// </remarks>
public sealed partial class Booster : IDisposable
{
    private const string BestIterationAttribute = "best_iteration";
    private const string BestScoreAttribute = "best_score";

    private readonly BoosterSafeHandle handle;
    private readonly Action<string>? log;
    private int threads;

    private Booster(BoosterSafeHandle handle, Action<string>? log)
    {
        this.handle = handle;
        this.log = log;
    }

    /// <summary>Number of features every prediction input must have.</summary>
    public int FeatureCount { get; private set; }

    /// <summary>Number of boosting rounds in the model (including those after the best iteration).</summary>
    public int BoostedRounds
    {
        get
        {
            using var scope = XGBoostLog.Enter(log);
            XGBoostRuntime.Check(XGBoostNative.XGBoosterBoostedRounds(handle, out var rounds));
            return rounds;
        }
    }

    /// <summary>
    /// The 0-based round with the best validation score when training stopped early (the model's
    /// <c>best_iteration</c> attribute, as Python XGBoost writes it); predictions use rounds
    /// 0..BestIteration. Null when training ran all rounds: predictions use every tree.
    /// </summary>
    public int? BestIteration { get; private set; }

    /// <summary>The validation score at <see cref="BestIteration"/>, or null.</summary>
    public double? BestScore =>
        GetAttribute(BestScoreAttribute) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// OpenMP threads used by this booster (<c>nthread</c>); 0 means all cores. XGBoost does not
    /// store it in the model, so loading sets it again. Not to be changed while predicting.
    /// </summary>
    public int Threads
    {
        get => threads;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            SetParameter("nthread", value.ToString(CultureInfo.InvariantCulture));
            threads = value;
        }
    }

    /// <summary>Loads a model saved by <see cref="Save"/> or by Python XGBoost (JSON or UBJSON).</summary>
    /// <param name="path">The model file.</param>
    /// <param name="threads">OpenMP threads for prediction; 0 uses all cores.</param>
    /// <param name="log">Receives XGBoost's log messages raised on the calling thread; null: standard error.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="XGBoostException">XGBoost cannot read the file; the message names it.</exception>
    public static Booster Load(string path, int threads = 0, Action<string>? log = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Model file {path} not found.", path);
        }

        return Create([], log, threads, booster =>
        {
            try
            {
                XGBoostRuntime.Check(XGBoostNative.XGBoosterLoadModel(booster.handle, path));
            }
            catch (XGBoostException e)
            {
                throw new XGBoostException($"Cannot load model {path}: {e.Message}", e);
            }
        });
    }

    /// <summary>Loads a model from the bytes of a JSON (or UBJSON) model, e.g. <see cref="ToJson"/>'s.</summary>
    /// <param name="model">The serialised model.</param>
    /// <param name="threads">OpenMP threads for prediction; 0 uses all cores.</param>
    /// <param name="log">Receives XGBoost's log messages raised on the calling thread; null: standard error.</param>
    /// <exception cref="XGBoostException">XGBoost cannot read the bytes.</exception>
    public static unsafe Booster Load(ReadOnlySpan<byte> model, int threads = 0, Action<string>? log = null)
    {
        if (model.IsEmpty)
        {
            throw new ArgumentException("The model buffer is empty.", nameof(model));
        }

        var length = (ulong)model.Length;
        fixed (byte* bytes = model)
        {
            // Create runs the callback before returning, while the span is still pinned; XGBoost copies what it reads.
            var address = (nint)bytes;
            return Create([], log, threads, booster =>
                XGBoostRuntime.Check(XGBoostNative.XGBoosterLoadModelFromBuffer(booster.handle, (byte*)address, length)));
        }
    }

    /// <summary>Saves the model as XGBoost JSON; the path must end in ".json" (XGBoost picks the format by extension).</summary>
    /// <exception cref="ArgumentException">The path does not end in ".json".</exception>
    /// <exception cref="XGBoostException">XGBoost cannot write the file.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Model path {path} must end in .json: XGBoost writes its deprecated binary format otherwise.", nameof(path));
        }

        using var scope = XGBoostLog.Enter(log);
        XGBoostRuntime.Check(XGBoostNative.XGBoosterSaveModel(handle, path));
    }

    /// <summary>The model as XGBoost JSON (UTF-8 bytes), the same document <see cref="Save"/> writes.</summary>
    public unsafe byte[] ToJson()
    {
        using var scope = XGBoostLog.Enter(log);
        XGBoostRuntime.Check(XGBoostNative.XGBoosterSaveModelToBuffer(handle, """{"format":"json"}""", out var length, out var bytes));
        // The buffer belongs to XGBoost and is reused by the next call: copy at once.
        return new ReadOnlySpan<byte>(bytes, checked((int)length)).ToArray();
    }

    /// <summary>A string attribute stored in the model, or null when absent.</summary>
    public unsafe string? GetAttribute(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        using var scope = XGBoostLog.Enter(log);
        XGBoostRuntime.Check(XGBoostNative.XGBoosterGetAttr(handle, key, out var value, out var found));
        return found != 0 ? Marshal.PtrToStringUTF8((nint)value) : null;
    }

    /// <summary>Stores (or, with null, removes) a string attribute; it is saved with the model.</summary>
    public void SetAttribute(string key, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        using (XGBoostLog.Enter(log))
        {
            XGBoostRuntime.Check(XGBoostNative.XGBoosterSetAttr(handle, key, value));
        }

        if (key == BestIterationAttribute)
        {
            RefreshModelFacts();
        }
    }

    /// <inheritdoc />
    public void Dispose() => handle.Dispose();

    /// <summary>Creates the native booster with <paramref name="cache"/>, lets <paramref name="build"/> fill it, then sets threads.</summary>
    private static unsafe Booster Create(DMatrix[] cache, Action<string>? log, int threads, Action<Booster> build)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        XGBoostRuntime.EnsureAvailable();
        BoosterSafeHandle boosterHandle;
        using (XGBoostLog.Enter(log))
        using (var matrices = new NativeHandles(cache))
        {
            XGBoostRuntime.Check(XGBoostNative.XGBoosterCreate(matrices.Pointer, (ulong)cache.Length, out boosterHandle));
        }

        var booster = new Booster(boosterHandle, log);
        try
        {
            build(booster);
            booster.Threads = threads;
            booster.RefreshModelFacts();
            return booster;
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    private void SetParameter(string name, string value)
    {
        using var scope = XGBoostLog.Enter(log);
        XGBoostRuntime.Check(XGBoostNative.XGBoosterSetParam(handle, name, value));
    }

    private void RefreshModelFacts()
    {
        using (XGBoostLog.Enter(log))
        {
            XGBoostRuntime.Check(XGBoostNative.XGBoosterGetNumFeature(handle, out var features));
            FeatureCount = checked((int)features);
        }

        BestIteration = GetAttribute(BestIterationAttribute) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
    }
}
