package com.nacelle.messaging;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nacelle.repository.TurbineJdbcRepository;
import com.nacelle.service.DiagnosticsService;
import com.nacelle.service.DiagnosticsService.CommandResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Watches the SCADA telemetry stream for firmware changes and over-temperature alarms.
 */
@Component
public class TelemetryListener {

    private static final Logger log = LoggerFactory.getLogger(TelemetryListener.class);
    private static final String ALARM_FW_MISMATCH = "FW-204";
    private static final double NACELLE_TEMP_LIMIT_C = 45.0;

    private final DiagnosticsService diagnostics;
    private final TurbineJdbcRepository turbines;
    private final Map<String, String> lastSeenFirmware = new ConcurrentHashMap<>();

    public TelemetryListener(DiagnosticsService diagnostics, TurbineJdbcRepository turbines) {
        this.diagnostics = diagnostics;
        this.turbines = turbines;
    }

    @KafkaListener(topics = "scada.telemetry", groupId = "nacelle-ops-telemetry", concurrency = "3")
    public void onTelemetry(@Payload TelemetryEvent event, @Header(KafkaHeaders.RECEIVED_PARTITION) int partition) {
        if (event.turbineTag() == null) {
            return;
        }
        if (event.nacelleTempC() > NACELLE_TEMP_LIMIT_C) {
            log.warn("Nacelle over-temperature on {}: {} C (partition {})", event.turbineTag(), event.nacelleTempC(), partition);
        }
        String firmware = event.firmwareVersion();
        if (firmware == null) {
            return;
        }
        String previous = lastSeenFirmware.put(event.turbineTag(), firmware);
        if (event.hasAlarm(ALARM_FW_MISMATCH) || (previous != null && !previous.equals(firmware))) {
            verify(event.turbineTag(), firmware);
        }
    }

    private void verify(String turbineTag, String firmware) {
        try {
            CommandResult result = diagnostics.verifyFirmware(turbineTag, firmware);
            if (result.ok()) {
                turbines.updateFirmwareVersion(turbineTag, firmware);
            } else {
                log.error("Firmware {} on {} failed manifest verification (exit {})", firmware, turbineTag, result.exitCode());
            }
        } catch (IOException e) {
            log.error("Could not run firmware check for {}", turbineTag, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
