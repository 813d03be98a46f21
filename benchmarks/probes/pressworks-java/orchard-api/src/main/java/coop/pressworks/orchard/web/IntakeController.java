package coop.pressworks.orchard.web;

import coop.pressworks.orchard.model.IntakeModels.IntakeTicket;
import coop.pressworks.orchard.model.IntakeModels.IntakeTicketRequest;
import coop.pressworks.orchard.model.IntakeModels.PomacePickup;
import coop.pressworks.orchard.service.IntakeService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.UUID;

@Controller("/api/intake")
public class IntakeController {

    private final IntakeService intake;

    public IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @Post("/tickets")
    public HttpResponse<IntakeTicket> record(@Body IntakeTicketRequest request) {
        IntakeTicket ticket = intake.record(request);
        return HttpResponse.created(ticket, URI.create("/api/intake/tickets/" + ticket.ticketId()));
    }

    @Get("/tickets")
    public List<IntakeTicket> tickets(@QueryValue long growerId, @QueryValue(defaultValue = "") String season) {
        String effectiveSeason = season.isBlank() ? String.valueOf(Year.now().getValue()) : season;
        return intake.ticketsFor(growerId, effectiveSeason);
    }

    @Get("/bins/{binTag}")
    public IntakeTicket byBin(@PathVariable String binTag) {
        return intake.byBinTag(binTag);
    }

    @Post("/tickets/{ticketId}/pickup-code")
    public PomacePickup pickupCode(@PathVariable UUID ticketId) {
        return intake.issuePickupCode(ticketId);
    }
}
