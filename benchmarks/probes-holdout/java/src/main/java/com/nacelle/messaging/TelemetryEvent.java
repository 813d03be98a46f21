package com.nacelle.messaging;

import java.time.Instant;
import java.util.List;

/**
 * 10-second telemetry frame published by the SCADA bridge on topic {@code scada.telemetry}.
 */
public record TelemetryEvent(
        String turbineTag,
        Instant timestamp,
        double windSpeedMs,
        double activePowerKw,
        double nacelleTempC,
        double rotorRpm,
        String firmwareVersion,
        List<String> alarmCodes) {

    public boolean hasAlarm(String code) {
        return alarmCodes != null && alarmCodes.contains(code);
    }
}
