package com.tollgate.api.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tollgate.api.domain.PassageEvent;
import com.tollgate.api.repository.PassageRepository;
import com.tollgate.api.service.EvidenceService;
import java.util.concurrent.ExecutorService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Slf4j
@Component
@RequiredArgsConstructor
public class PassageEventListener {

    private static final double MIN_OCR_CONFIDENCE = 0.6;

    private final ObjectMapper objectMapper;
    private final PassageRepository passages;
    private final EvidenceService evidence;
    private final ExecutorService snapshotExecutor;

    @KafkaListener(topics = "tollgate.passages", groupId = "tollgate-api")
    public void onPassage(String payload) throws JsonProcessingException {
        PassageEvent event = objectMapper.readValue(payload, PassageEvent.class);
        if (event.confidence() < MIN_OCR_CONFIDENCE) {
            log.info("passage at {} lane {} queued for manual review", event.gantryId(), event.lane());
        }
        long passageId = passages.insertFromGantry(event);
        if (event.snapshotUrl() != null && !event.snapshotUrl().isBlank()) {
            snapshotExecutor.submit(() -> evidence.archiveSnapshot(passageId, event.snapshotUrl()));
        }
    }
}
