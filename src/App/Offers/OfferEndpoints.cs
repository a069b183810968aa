using System.Globalization;
using Attendance.App.Users;
using Attendance.App.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Attendance.App.Offers;

/// <summary>
/// The offers page's decisions (POST, antiforgery enforced globally, calendar administrators only).
/// A decision that went through redirects to the page with a confirmation; one that lost a
/// conflict answers 409 with the page and the translated reason (who decided, when) in <c>role="alert"</c>.
/// </summary>
internal static class OfferEndpoints
{
    private delegate Task<DecisionOutcome> Decision(OfferDecisions decisions, string offerId, int version, string actor, CancellationToken cancellationToken);

    public static void Map(WebApplication app)
    {
        MapDecision(app, "/offers/accept", (d, id, v, who, ct) => d.AcceptAsync(id, v, who, ct), outcome => "accepted");
        MapDecision(app, "/offers/reject", (d, id, v, who, ct) => d.RejectAsync(id, v, who, ct), outcome => "rejected");
        MapDecision(app, "/offers/next", (d, id, v, who, ct) => d.NextCandidateAsync(id, v, who, ct), outcome => outcome.Next is null ? "no-next" : "next");
        MapDecision(app, "/offers/keep", (d, id, v, who, ct) => d.KeepForNonDigitalAsync(id, v, who, ct), outcome => "kept");
        app.MapPost("/offers/bulk-accept", BulkAcceptAsync).RequireAuthorization(Roles.CalendarAdmin);
    }

    private static void MapDecision(WebApplication app, string path, Decision decide, Func<DecisionOutcome, string> done) =>
        app.MapPost(path, async (HttpContext context, OfferDecisions decisions, Layout layout, OfferStore store, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var query = OfferQuery.FromForm(form);
            if (form["offer"].ToString() is not { Length: > 0 } offerId || !TryVersion(form["version"], out var version))
            {
                return Results.BadRequest(OfferTexts.BadForm);
            }
            var outcome = await decide(decisions, offerId, version, context.User.Identity!.Name!, context.RequestAborted);
            if (outcome.Result == DecisionResult.Done)
            {
                return Results.Redirect(query.Url(done(outcome)));
            }
            var status = outcome.Result switch
            {
                DecisionResult.NotFound => StatusCodes.Status404NotFound,
                DecisionResult.NotApplicable => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status409Conflict,
            };
            return (IResult)await OffersPage.RenderAsync(context, layout, store, time, query, PageNotice.Alert(Explain(outcome)), status);
        }).RequireAuthorization(Roles.CalendarAdmin);

    private static async Task<IResult> BulkAcceptAsync(HttpContext context, OfferDecisions decisions, Layout layout, OfferStore store, TimeProvider time)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var query = OfferQuery.FromForm(form);
        var ids = form["offer"];
        var versions = form["version"];
        var selection = new List<(string, int)>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrEmpty(ids[i]) || i >= versions.Count || !TryVersion(versions[i], out var version))
            {
                return Results.BadRequest(OfferTexts.BadForm);
            }
            selection.Add((ids[i]!, version));
        }
        if (selection.Count == 0 || ids.Count != versions.Count)
        {
            return Results.BadRequest(OfferTexts.BadForm);
        }

        var outcomes = await decisions.BulkAcceptAsync(selection, context.User.Identity!.Name!, context.RequestAborted);
        var lost = outcomes.Where(o => o.Result != DecisionResult.Done).Select(Explain).ToList();
        var notice = new PageNotice(OfferTexts.BulkResult(outcomes.Count - lost.Count, lost.Count), lost.Count > 0, lost);
        return await OffersPage.RenderAsync(context, layout, store, time, query, notice, StatusCodes.Status200OK);
    }

    /// <summary>Why a decision did not go through, naming who decided and when.</summary>
    public static string Explain(DecisionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var offer = outcome.Offer;
        return outcome.Result switch
        {
            _ when offer is null => OfferTexts.NoSuchOffer,
            DecisionResult.NotApplicable => OfferTexts.OnlyDigitalKept,
            DecisionResult.SlotTaken when outcome.Winner is { } winner => OfferTexts.SlotTaken(
                Time(offer!.SlotStart), winner.PatientId ?? OfferTexts.Ticket, winner.DecidedBy ?? "–", Time(winner.DecidedAt)),
            DecisionResult.PatientTaken when outcome.Winner is { } winner => OfferTexts.PatientTaken(
                offer!.PatientId ?? OfferTexts.Ticket, Time(winner.SlotStart), winner.DecidedBy ?? "–", Time(winner.DecidedAt)),
            _ => OfferTexts.AlreadyDecided(offer!.PatientId ?? OfferTexts.Ticket, offer.Status, offer.DecidedBy ?? "–", Time(offer.DecidedAt)),
        };
    }

    private static bool TryVersion(string? text, out int version) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version);

    private static string Time(DateTimeOffset? instant) => instant is { } value
        ? OfferDays.Local(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : "–";
}
