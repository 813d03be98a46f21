// Helidon SE: a routing service's ServerRequest (query, path parameters, content, headers);
// a path resolved under a directory a method of the class returns
package com.example.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

class BoatApiService implements HttpService {
    private Connection connection;

    @Override
    public void routing(HttpRules rules) {
        rules.get("/boats", this::search).get("/boats/{id}/file", this::file).post("/boats/notes", this::notes);
    }

    private void search(ServerRequest req, ServerResponse res) throws Exception {
        String name = req.query().first("name").orElse("");
        // ruleid: trace.java.sql-injection.tainted-query
        connection.createStatement().executeQuery("SELECT * FROM boats WHERE name ILIKE '%" + name + "%'");
        // ok: trace.java.sql-injection.tainted-query
        connection.createStatement().executeQuery("SELECT * FROM boats ORDER BY name");
        res.send("ok");
    }

    private void file(ServerRequest req, ServerResponse res) throws Exception {
        String id = req.path().pathParameters().get("id");
        // ruleid: trace.java.path-traversal.tainted-file-path
        res.send(Files.readAllBytes(Path.of("/srv/boats", id)));
    }

    private Path documentDir(long id) {
        return Path.of("/srv/moorings").resolve(Long.toString(id));
    }

    private void document(ServerRequest req, ServerResponse res) throws Exception {
        String name = req.query().first("name").orElse("");
        // ruleid: trace.java.path-traversal.tainted-file-path
        Path file = documentDir(3).resolve(name);
        res.send(Files.readAllBytes(file));
        // ok: trace.java.path-traversal.tainted-file-path
        res.send(Files.readAllBytes(documentDir(3).resolve("index.pdf")));
        if (name.contains("..") || name.contains("/")) {
            throw new IllegalArgumentException("invalid document name");
        }
        // decoded again after the check: `%2e%2e%2f` passes it
        String decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        // ruleid: trace.java.path-traversal.tainted-file-path
        Files.deleteIfExists(documentDir(3).resolve(decoded));
    }

    private void notes(ServerRequest req, ServerResponse res) throws Exception {
        String notes = req.content().as(String.class);
        // ruleid: trace.java.sql-injection.tainted-query
        connection.createStatement().execute("UPDATE boats SET notes = '" + notes + "'");
        res.send("ok");
    }
}
