package com.berthwise.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

public final class ApiRequests {
    private ApiRequests() {
    }

    @Serdeable
    public record ReeferProbeRequest(String unitId, String controllerHost) {
    }

    @Serdeable
    public record TariffSimulationRequest(String ruleExpression, BigDecimal baseRate, boolean reefer, int dwellDays,
                                          boolean outOfGauge) {
    }

    @Serdeable
    public record LoginRequest(String username, String password) {
    }

    @Serdeable
    public record BerthNoticeRequest(String remark, String contact) {
    }
}
