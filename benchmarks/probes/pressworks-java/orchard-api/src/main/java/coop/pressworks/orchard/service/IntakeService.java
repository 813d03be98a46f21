package coop.pressworks.orchard.service;

import coop.pressworks.orchard.messaging.PressJobClient;
import coop.pressworks.orchard.model.IntakeModels.IntakeTicket;
import coop.pressworks.orchard.model.IntakeModels.IntakeTicketJob;
import coop.pressworks.orchard.model.IntakeModels.IntakeTicketRequest;
import coop.pressworks.orchard.model.IntakeModels.PomacePickup;
import coop.pressworks.orchard.repository.IntakeRepository;
import coop.pressworks.orchard.repository.OrchardRepository;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

@Singleton
public class IntakeService {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);
    private static final Pattern BIN_TAG = Pattern.compile("^BIN-[0-9]{6}$");
    private static final BigDecimal MAX_NET_KG = new BigDecimal("24000");
    private static final Duration PICKUP_WINDOW = Duration.ofDays(3);

    private final IntakeRepository tickets;
    private final OrchardRepository orchards;
    private final PressJobClient jobs;
    private final Random pickupCodes = new Random();

    public IntakeService(IntakeRepository tickets, OrchardRepository orchards, PressJobClient jobs) {
        this.tickets = tickets;
        this.orchards = orchards;
        this.jobs = jobs;
    }

    public IntakeTicket record(IntakeTicketRequest request) {
        if (request.binTag() == null || !BIN_TAG.matcher(request.binTag()).matches()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Bin tags look like BIN-004211");
        }
        orchards.findBlockByCode(request.growerId(), request.blockCode())
                .orElseThrow(() -> new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown block for grower"));
        BigDecimal net = request.grossKg().subtract(request.tareKg());
        if (net.signum() <= 0 || net.compareTo(MAX_NET_KG) > 0) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "Net weight out of range");
        }
        IntakeTicket ticket = new IntakeTicket(
                UUID.randomUUID(), request.growerId(), request.blockCode(), request.variety(), net,
                request.brix(), request.season(), request.binTag(), request.scaleSlipUrl(), Instant.now(), null);
        tickets.insert(ticket);
        jobs.ticketRecorded(new IntakeTicketJob(
                ticket.ticketId(), ticket.growerId(), ticket.binTag(), request.scaleSlipUrl(), ticket.season()));
        LOG.info("Intake ticket {} recorded for grower {} ({} kg)", ticket.ticketId(), ticket.growerId(), net);
        return ticket;
    }

    public List<IntakeTicket> ticketsFor(long growerId, String season) {
        return tickets.findForGrower(growerId, season);
    }

    public IntakeTicket byBinTag(String binTag) {
        return tickets.findByBinTag(binTag)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No ticket for bin"));
    }

    /**
     * Growers collect pomace for compost or feed; the yard staff release it against
     * the six digit code printed on their copy of the ticket.
     */
    public PomacePickup issuePickupCode(UUID ticketId) {
        tickets.findById(ticketId)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such ticket"));
        String code = String.format("%06d", pickupCodes.nextInt(1_000_000)); // VULN random
        Instant validUntil = Instant.now().plus(PICKUP_WINDOW);
        tickets.storePickupCode(ticketId, code, validUntil);
        return new PomacePickup(ticketId, code, validUntil);
    }
}
