package com.tollgate.api.web;

import com.tollgate.api.domain.Dispute;
import com.tollgate.api.service.DisputeService;
import java.net.URI;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/disputes")
@RequiredArgsConstructor
public class DisputeController {

    private final DisputeService disputeService;

    @PostMapping
    public ResponseEntity<Dispute> open(@RequestHeader("X-Account-Id") long accountId, @RequestBody Dispute.Draft draft) {
        Dispute dispute = disputeService.open(accountId, draft);
        return ResponseEntity.created(URI.create("/api/disputes/" + dispute.id())).body(dispute);
    }

    @GetMapping("/{id}")
    public Dispute get(@PathVariable long id) {
        return disputeService.get(id);
    }
}
