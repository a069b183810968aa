using System.Globalization;
using Attendance.App.Web;

namespace Attendance.App.Offers;

/// <summary>The page's "kept in reserve today" section: per department, what the day's latest round kept out of the digital channels and why.</summary>
internal static class OfferReserveView
{
    public static Html Render(IReadOnlyList<RoundReserve> reserves)
    {
        if (reserves.Count == 0)
        {
            return Html.Of($"""<section class="reserve" aria-labelledby="reserve-title"><h2 id="reserve-title">{OfferTexts.Reserve}</h2><p>{OfferTexts.NoReserve}</p></section>""");
        }
        var ranAt = OfferDays.Local(reserves[0].RanAt).ToString("HH:mm", CultureInfo.InvariantCulture);
        return Html.Of($"""
            <section class="reserve" aria-labelledby="reserve-title">
            <h2 id="reserve-title">{OfferTexts.Reserve}</h2>
            <p>{OfferTexts.RoundAt(ranAt)}. {OfferTexts.ReserveWhy(reserves[0].ReserveShare)}</p>
            <div class="table-wrap"><table class="reserves">
            <thead><tr><th scope="col">{OfferTexts.Department}</th><th scope="col">{OfferTexts.FreeSlots}</th><th scope="col">{OfferTexts.KeptFromDigital}</th><th scope="col">{OfferTexts.Subacute}</th><th scope="col">{OfferTexts.NonDigital}</th><th scope="col">{OfferTexts.KeptByAdministrators}</th><th scope="col">{OfferTexts.OffersMade}</th></tr></thead>
            <tbody>{reserves.Select(Row).ToList()}</tbody>
            </table></div>
            </section>
            """);
    }

    private static Html Row(RoundReserve r) => Html.Of($"""
        <tr data-department="{r.Department}"><th scope="row">{r.Department}</th><td class="number">{r.FreeSlots}</td><td class="number">{r.KeptFromDigital}</td><td class="number">{r.Subacute}</td><td class="number">{r.NonDigital}</td><td class="number">{r.KeptByAdministrators}</td><td>{r.FastPass} / {r.Phone} / {r.Tickets}</td></tr>
        """);
}
