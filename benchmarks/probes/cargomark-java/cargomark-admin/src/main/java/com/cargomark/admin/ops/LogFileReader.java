package com.cargomark.admin.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** Read-only access to the integration logs for the operations desk. */
public class LogFileReader {

    private final Path logDirectory;

    public LogFileReader(Path logDirectory) {
        this.logDirectory = logDirectory.toAbsolutePath().normalize();
    }

    public List<String> listFiles() throws IOException {
        try (Stream<Path> files = Files.list(logDirectory)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".log") || n.endsWith(".log.1"))
                    .sorted()
                    .toList();
        }
    }

    public List<String> tail(String fileName, int maxLines) throws IOException {
        Path file = logDirectory.resolve(fileName).normalize();
        if (!file.startsWith(logDirectory) || !Files.isRegularFile(file)) {
            throw new NoSuchFileException(fileName);
        }
        Deque<String> buffer = new ArrayDeque<>(maxLines);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) { // SAFE path
            String line;
            while ((line = reader.readLine()) != null) {
                if (buffer.size() == maxLines) {
                    buffer.removeFirst();
                }
                buffer.addLast(line);
            }
        }
        return new ArrayList<>(buffer);
    }
}
