namespace Attendance.Data.Generation;

/// <summary>The harmonised families the generator uses (names as in data/visit-types.csv, see <see cref="RegionCatalog.FamilyNames"/>).</summary>
internal enum VisitFamily
{
    Kontrol,
    FoersteBesoeg,
    Behandling,
    Scanning,
    Video,
    Telefon,
    Sygepleje,
    Proevetagning,
    Operation,
    Samtale,
}
