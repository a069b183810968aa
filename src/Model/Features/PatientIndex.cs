namespace Attendance.Model.Features;

/// <summary>Dense integer ids for patient pseudonyms (0, 1, 2 ... in first-seen order), shared by history and bookings.</summary>
public sealed class PatientIndex
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    /// <summary>Number of patients.</summary>
    public int Count => ids.Count;

    /// <summary>The patient's id, adding it when new.</summary>
    public int GetOrAdd(string patientId)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        if (!ids.TryGetValue(patientId, out var id))
        {
            id = ids.Count;
            ids.Add(patientId, id);
        }

        return id;
    }

    /// <summary>The patient's id, or −1 when unknown.</summary>
    public int Find(string patientId) => ids.TryGetValue(patientId, out var id) ? id : -1;
}
