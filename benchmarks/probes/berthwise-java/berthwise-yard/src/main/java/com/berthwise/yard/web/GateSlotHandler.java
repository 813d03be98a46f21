package com.berthwise.yard.web;

import com.berthwise.yard.data.GateSlot;
import com.berthwise.yard.data.GateSlotRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Component
@RequiredArgsConstructor
public class GateSlotHandler {
    private final GateSlotRepository slots;

    public Mono<ServerResponse> openSlots(ServerRequest request) {
        LocalDate day;
        try {
            day = request.queryParam("day").map(LocalDate::parse).orElse(LocalDate.now());
        } catch (DateTimeParseException e) {
            return ServerResponse.badRequest().bodyValue("day must be yyyy-MM-dd");
        }
        String lane = request.queryParam("lane").orElse("IN-1");
        return ServerResponse.ok().body(slots.findOpenSlots(day, lane), GateSlot.class);
    }
}
