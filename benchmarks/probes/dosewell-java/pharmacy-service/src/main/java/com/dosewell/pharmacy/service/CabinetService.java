package com.dosewell.pharmacy.service;

import com.dosewell.pharmacy.dto.OverridePin;
import com.dosewell.pharmacy.integration.CabinetGateway;
import com.dosewell.pharmacy.integration.SyncResult;
import com.dosewell.pharmacy.model.Cabinet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.InternalServerErrorException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

@ApplicationScoped
public class CabinetService {

    private static final Logger LOG = Logger.getLogger(CabinetService.class);
    private static final Pattern CABINET_CODE = Pattern.compile("^[A-Z]{2,4}-[0-9]{2,4}$");
    private static final Duration PIN_VALIDITY = Duration.ofMinutes(15);

    private final Random pinRandom = new Random();

    @Inject
    CabinetGateway gateway;

    @Inject
    @Channel("cabinet-telemetry")
    Emitter<String> telemetry;

    public List<Cabinet> list() {
        return Cabinet.listAll();
    }

    public Cabinet get(String code) {
        return Cabinet.<Cabinet>findByIdOptional(code)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No cabinet " + code));
    }

    public SyncResult sync(String cabinetId) {
        try {
            SyncResult result = gateway.sync(cabinetId);
            if (result.success()) {
                QuarkusTransaction.requiringNew().run(() ->
                        Cabinet.<Cabinet>findByIdOptional(cabinetId).ifPresent(c -> c.lastSyncAt = Instant.now()));
            }
            return result;
        } catch (IOException e) {
            throw new InternalServerErrorException("Cabinet sync failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InternalServerErrorException("Cabinet sync interrupted", e);
        }
    }

    public Path exportLog(String cabinetCode, LocalDate day) {
        if (cabinetCode == null || !CABINET_CODE.matcher(cabinetCode).matches()) {
            throw new BadRequestException("Invalid cabinet code");
        }
        try {
            return gateway.exportLog(cabinetCode, day);
        } catch (IOException e) {
            throw new InternalServerErrorException("Export failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InternalServerErrorException("Export interrupted", e);
        }
    }

    /**
     * One-off PIN a nurse types on the cabinet keypad to open a drawer during a
     * downtime or an emergency override.
     */
    public OverridePin issueOverridePin(String cabinetCode, String requestedBy, String reason) {
        Cabinet cabinet = get(cabinetCode);
        String pin = String.format("%06d", pinRandom.nextInt(1_000_000)); // VULN random
        LOG.infof("Override PIN issued for cabinet %s to %s (%s)", cabinet.code, requestedBy, reason);
        return new OverridePin(cabinet.code, pin, Instant.now().plus(PIN_VALIDITY), requestedBy);
    }

    public void submitTelemetry(String cabinetCode, String xml) {
        if (xml == null || xml.isBlank()) {
            throw new BadRequestException("Empty telemetry document");
        }
        LOG.debugf("Queueing telemetry from %s (%d bytes)", cabinetCode, xml.length());
        telemetry.send(xml);
    }
}
