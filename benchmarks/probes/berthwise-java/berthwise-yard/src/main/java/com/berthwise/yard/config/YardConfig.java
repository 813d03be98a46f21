package com.berthwise.yard.config;

import com.berthwise.core.service.CargoSnapshotCodec;
import com.berthwise.core.service.CraneTelemetryClient;
import com.berthwise.yard.web.GateSlotHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.*;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.*;
import java.security.GeneralSecurityException;

@Configuration
public class YardConfig {
    @Bean
    WebClient craneGatewayClient(@Value("${berthwise.crane-gateway.base-url}") String baseUrl) {
        return WebClient.builder()
                .baseUrl(baseUrl)
                .defaultHeaders(headers -> headers.setBasicAuth("crane-gw", "Qc7!stackers-2022")) // VULN secret
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    CraneTelemetryClient craneTelemetryClient() throws GeneralSecurityException {
        return new CraneTelemetryClient();
    }

    @Bean
    CargoSnapshotCodec cargoSnapshotCodec() {
        return new CargoSnapshotCodec();
    }

    @Bean
    RouterFunction<ServerResponse> gateSlotRoutes(GateSlotHandler handler) {
        return RouterFunctions.route()
                .GET("/gate/slots", RequestPredicates.accept(MediaType.APPLICATION_JSON), handler::openSlots)
                .build();
    }
}
