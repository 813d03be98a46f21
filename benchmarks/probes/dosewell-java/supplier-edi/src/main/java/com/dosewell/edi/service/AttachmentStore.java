package com.dosewell.edi.service;

import com.dosewell.edi.config.EdiProperties;
import com.dosewell.edi.model.StoredAttachment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Certificates of analysis, recall notices and other documents suppliers attach to
 * their shipments.
 */
@Service
public class AttachmentStore {

    private final Path root;

    public AttachmentStore(EdiProperties properties) {
        this.root = Paths.get(properties.attachmentDir()).toAbsolutePath().normalize();
    }

    public Mono<StoredAttachment> store(String supplierCode, FilePart part) {
        Path dir = root.resolve(supplierCode);
        Path destination = dir.resolve(part.filename());
        Mono<Void> write = part.transferTo(destination); // VULN path
        return Mono.fromCallable(() -> Files.createDirectories(dir))
                .subscribeOn(Schedulers.boundedElastic())
                .then(write)
                .thenReturn(new StoredAttachment(supplierCode, part.filename(), root.relativize(destination).toString()));
    }

    public Mono<byte[]> load(String supplierCode, String name) {
        Path dir = root.resolve(supplierCode).normalize();
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || file.equals(dir)) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid attachment name"));
        }
        return Mono.fromCallable(() -> Files.readAllBytes(file)).subscribeOn(Schedulers.boundedElastic()); // SAFE path
    }

    public Mono<List<String>> list(String supplierCode) {
        Path dir = root.resolve(supplierCode).normalize();
        return Mono.fromCallable(() -> {
            if (!Files.isDirectory(dir)) {
                return List.<String>of();
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
