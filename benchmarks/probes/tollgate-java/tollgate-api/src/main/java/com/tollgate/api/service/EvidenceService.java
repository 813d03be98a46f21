package com.tollgate.api.service;

import com.tollgate.api.config.TollgateProperties;
import com.tollgate.api.repository.PassageRepository;
import com.tollgate.api.util.RemoteHostPolicy;
import java.io.*;
import java.net.URI;
import java.nio.file.*;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/** Collects evidence for disputes: ANPR camera snapshots and files customers link from their cloud storage. */
@Service
public class EvidenceService {

    private final RestTemplate camera;
    private final WebClient webClient;
    private final RemoteHostPolicy hostPolicy;
    private final PassageRepository passages;
    private final JdbcTemplate jdbc;
    private final Path snapshotDir;

    public EvidenceService(@Qualifier("cameraRestTemplate") RestTemplate camera, WebClient evidenceWebClient, RemoteHostPolicy hostPolicy,
                           PassageRepository passages, JdbcTemplate jdbc, TollgateProperties props) {
        this.camera = camera;
        this.webClient = evidenceWebClient;
        this.hostPolicy = hostPolicy;
        this.passages = passages;
        this.jdbc = jdbc;
        this.snapshotDir = props.snapshotDir();
    }

    public void archiveSnapshot(long passageId, String snapshotUrl) {
        byte[] jpeg = camera.getForObject(snapshotUrl, byte[].class); // VULN ssrf
        if (jpeg == null) {
            return;
        }
        Path target = snapshotDir.resolve(passageId + ".jpg");
        try {
            Files.write(target, jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        passages.attachSnapshot(passageId, target.toString());
    }

    @Async
    public void attachRemote(long disputeId, String evidenceUrl) {
        URI uri = hostPolicy.requireAllowed(evidenceUrl);
        byte[] content = webClient.get().uri(uri).retrieve().bodyToMono(byte[].class).block(Duration.ofSeconds(20)); // SAFE ssrf
        if (content != null && content.length > 0) {
            jdbc.update("INSERT INTO dispute_evidence(dispute_id, source_host, content) VALUES (?, ?, ?)", disputeId, uri.getHost(), content);
        }
    }
}
