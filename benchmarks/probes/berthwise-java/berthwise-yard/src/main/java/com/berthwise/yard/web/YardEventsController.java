package com.berthwise.yard.web;

import com.berthwise.core.service.CargoSnapshotCodec;
import com.berthwise.core.service.CraneTelemetryClient;
import com.berthwise.yard.data.ContainerMove;
import com.berthwise.yard.data.ContainerMoveRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import java.time.Duration;
import java.util.Map;

@RestController
@RequestMapping("/yard")
@RequiredArgsConstructor
@CrossOrigin(originPatterns = "*", allowCredentials = "true") // VULN cors
public class YardEventsController {
    private final ContainerMoveRepository moves;
    private final CraneTelemetryClient telemetry;
    private final CargoSnapshotCodec codec;
    private final WebClient craneGatewayClient;

    @GetMapping(value = "/moves", produces = MediaType.APPLICATION_NDJSON_VALUE)
    public Flux<ContainerMove> recentMoves(@RequestParam String block) {
        return moves.findRecentInBlock(block);
    }

    @GetMapping("/moves/{containerNo}")
    public Flux<ContainerMove> history(@PathVariable String containerNo) {
        return moves.findByContainerNoOrderByMovedAt(containerNo);
    }

    @GetMapping("/cranes/{craneId}/status")
    public Mono<String> craneStatus(@PathVariable String craneId, @RequestParam("statusUrl") String statusUrl) {
        return Mono.fromCallable(() -> telemetry.fetchCraneStatus(statusUrl))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(Duration.ofSeconds(8));
    }

    @GetMapping("/cranes/{craneId}/queue")
    public Mono<String> craneQueue(@PathVariable int craneId) {
        return craneGatewayClient.get().uri("/cranes/{id}/queue", craneId).retrieve().bodyToMono(String.class);
    }

    @PostMapping(value = "/profiles/yard", consumes = "application/yaml")
    public Mono<Map<String, Object>> importYardProfile(@RequestBody String yaml) {
        return Mono.fromCallable(() -> codec.readYardProfile(yaml)).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(value = "/profiles/crane", consumes = "application/yaml")
    public Mono<Map<String, Object>> importCraneProfile(@RequestBody String yaml) {
        return Mono.fromCallable(() -> codec.readCraneProfile(yaml)).subscribeOn(Schedulers.boundedElastic());
    }
}
