using static Attendance.Data.Generation.VisitFamily;

namespace Attendance.Data.Generation;

/// <summary>
/// Region Sjælland as the generator sees it: the three acute hospitals, their outpatient departments and the
/// raw visit types each department books (all raw names are in data/visit-types.csv with the same family).
/// </summary>
internal static class RegionCatalog
{
    /// <summary>Site codes: Sjællands Universitetshospital (Køge, Roskilde), Holbæk, Nykøbing F./Næstved/Slagelse/Ringsted.</summary>
    public static readonly string[] Sites = ["SUH", "Holbæk", "NSR"];

    /// <summary>Share of patients living nearest each site.</summary>
    public static readonly double[] SiteShares = [0.45, 0.20, 0.35];

    /// <summary>Family names as in data/visit-types.csv, indexed by <see cref="VisitFamily"/>.</summary>
    public static readonly string[] FamilyNames =
        ["Kontrol", "FørsteBesøg", "Behandling", "Scanning", "Video", "Telefon", "Sygepleje", "Prøvetagning", "Operation", "Samtale"];

    private static readonly int[] All = [0, 1, 2];
    private static readonly int[] SuhNsr = [0, 2];
    private static readonly int[] SuhOnly = [0];

    public static readonly DepartmentSpec[] Departments =
    [
        new("Kardiologi", -0.08, 0.12, Types(("Kontrol 30", Kontrol, 30, 30), ("Kontrol 45", Kontrol, 45, 8), ("Første besøg", FoersteBesoeg, 60, 10),
            ("Ekkokardiografi", Scanning, 45, 12), ("Pacemakerkontrol", Kontrol, 30, 8), ("EKG", Proevetagning, 15, 8), ("Holter-monitorering", Proevetagning, 20, 5),
            ("Arbejdstest", Proevetagning, 45, 4), ("Telefonkonsultation", Telefon, 15, 7), ("Videokonsultation", Video, 20, 4), ("Sygeplejekonsultation", Sygepleje, 30, 6)), All),
        new("Ortopædkirurgi", 0.15, 0.12, Types(("Første besøg", FoersteBesoeg, 60, 14), ("AOP", FoersteBesoeg, 60, 6), ("Kontrol 30", Kontrol, 30, 28),
            ("Postoperativ kontrol", Kontrol, 30, 12), ("Røntgen", Scanning, 15, 10), ("Gipsskift", Behandling, 30, 8), ("Artroskopi", Operation, 60, 6),
            ("Telefonkonsultation", Telefon, 15, 8), ("Fysioterapi", Behandling, 45, 8)), All),
        new("Onkologi", -0.70, 0.09, Types(("Første besøg", FoersteBesoeg, 60, 8), ("Kemoterapi", Behandling, 180, 22), ("Infusion", Behandling, 120, 10),
            ("Kontrol 30", Kontrol, 30, 20), ("Samtale om prøvesvar", Samtale, 30, 10), ("Blodprøvetagning", Proevetagning, 10, 12),
            ("Strålebehandling", Behandling, 30, 8), ("CT-skanning med kontrast", Scanning, 30, 5), ("Sygeplejekonsultation", Sygepleje, 30, 5)), SuhNsr),
        new("Radiologi", 0.25, 0.10, Types(("MR-skanning", Scanning, 45, 15), ("MR-skanning med kontrast", Scanning, 60, 10), ("CT-skanning", Scanning, 20, 20),
            ("CT-skanning med kontrast", Scanning, 30, 10), ("Røntgen", Scanning, 15, 20), ("Ultralyd", Scanning, 30, 15), ("Mammografi", Scanning, 20, 6),
            ("DEXA-skanning", Scanning, 20, 4)), All),
        new("Gynækologi", 0.40, 0.09, Types(("Første besøg", FoersteBesoeg, 60, 14), ("Forundersøgelse", FoersteBesoeg, 45, 8), ("Kontrol 30", Kontrol, 30, 22),
            ("Graviditetskontrol", Kontrol, 30, 16), ("Ultralyd", Scanning, 30, 14), ("Hysteroskopi", Operation, 30, 6), ("Samtale", Samtale, 45, 8),
            ("Telefonkonsultation", Telefon, 15, 12)), All),
        new("Øjenafdeling", -0.15, 0.10, Types(("Øjenkontrol", Kontrol, 20, 30), ("Øjenindsprøjtning", Behandling, 15, 28), ("Kataraktoperation", Operation, 30, 10),
            ("Forundersøgelse", FoersteBesoeg, 45, 10), ("Kontrol 20", Kontrol, 20, 14), ("Videokonsultation", Video, 20, 8)), All),
        new("Endokrinologi", 0.25, 0.09, Types(("Diabeteskontrol", Kontrol, 30, 30), ("Kontrol 30", Kontrol, 30, 12), ("Sygeplejekonsultation", Sygepleje, 30, 14),
            ("Blodprøvetagning", Proevetagning, 10, 12), ("Patientuddannelse", Samtale, 120, 4), ("Gruppeforløb", Samtale, 90, 4), ("Første besøg", FoersteBesoeg, 60, 8),
            ("Videokonsultation", Video, 20, 8), ("Telefonkonsultation", Telefon, 15, 8)), All),
        new("Lungemedicin", 0.10, 0.07, Types(("Lungefunktionsundersøgelse", Proevetagning, 30, 20), ("Kontrol 30", Kontrol, 30, 28), ("Første besøg", FoersteBesoeg, 60, 12),
            ("Røntgen thorax", Scanning, 15, 12), ("Telefonkonsultation", Telefon, 15, 14), ("Sygeplejekonsultation", Sygepleje, 30, 14)), All),
        new("Hæmatologi", -0.30, 0.05, Types(("Venesectio", Behandling, 30, 22), ("Blodtransfusion", Behandling, 120, 12), ("Kontrol 30", Kontrol, 30, 30),
            ("Blodprøvetagning", Proevetagning, 10, 16), ("Første besøg", FoersteBesoeg, 60, 8), ("Samtale", Samtale, 45, 12)), SuhNsr),
        new("Neurologi", 0.15, 0.06, Types(("Første besøg", FoersteBesoeg, 60, 14), ("Udredning", FoersteBesoeg, 60, 10), ("Kontrol 45", Kontrol, 45, 30),
            ("MR-skanning", Scanning, 45, 12), ("Samtale", Samtale, 45, 14), ("Videokonsultation", Video, 20, 10), ("Telefonkonsultation", Telefon, 15, 10)), SuhNsr),
        new("Øre-næse-hals", 0.30, 0.05, Types(("Første besøg", FoersteBesoeg, 60, 18), ("Høreprøve", Proevetagning, 30, 22), ("Kontrol 15", Kontrol, 15, 30),
            ("Ambulant operation", Operation, 60, 14), ("Allergitest", Proevetagning, 60, 16)), SuhOnly),
        new("Urologi", 0.00, 0.03, Types(("Cystoskopi", Operation, 30, 24), ("Kontrol 30", Kontrol, 30, 30), ("Første besøg", FoersteBesoeg, 60, 14),
            ("Ultralyd", Scanning, 30, 12), ("Biopsi", Operation, 30, 8), ("Telefonkonsultation", Telefon, 15, 12)), All),
        new("Mave-tarmkirurgi", 0.15, 0.03, Types(("Koloskopi", Operation, 45, 26), ("Gastroskopi", Operation, 30, 16), ("Første besøg", FoersteBesoeg, 60, 14),
            ("Kontrol 30", Kontrol, 30, 20), ("Stomiambulatorium", Sygepleje, 45, 10), ("Svarsamtale", Samtale, 30, 14)), All),
    ];

    private static VisitTypeSpec[] Types(params (string Raw, VisitFamily Family, int Minutes, double Weight)[] types) =>
        [.. types.Select(t => new VisitTypeSpec(t.Raw, t.Family, t.Minutes, t.Weight))];
}
