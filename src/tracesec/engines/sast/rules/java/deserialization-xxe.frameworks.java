import java.io.*;
import java.util.*;
import io.javalin.http.Context;
import io.vertx.ext.web.RoutingContext;
import org.springframework.http.HttpEntity;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import jakarta.ws.rs.*;
import reactor.core.publisher.Mono;

// request bodies of other frameworks, and message payloads, read as Java serialization
class SessionRestore {
    @PostMapping("/restore")
    Object restore(MultipartFile snapshot) throws Exception {
        // ruleid: trace.java.deserialization.untrusted-object-stream
        return new ObjectInputStream(snapshot.getInputStream()).readObject();
    }

    @PostMapping("/restore2")
    Object restore2(HttpEntity<byte[]> entity) throws Exception {
        // ruleid: trace.java.deserialization.untrusted-object-stream
        return new ObjectInputStream(new ByteArrayInputStream(entity.getBody())).readObject();
    }

    @PostMapping("/restore3")
    Object restore3(@RequestParam String name) throws Exception {
        // ok: trace.java.deserialization.untrusted-object-stream
        return new ObjectInputStream(new FileInputStream("/var/snapshots/default.bin")).readObject();
    }

    @KafkaListener(topics = "snapshots")
    void onSnapshot(byte[] payload) throws Exception {
        // ruleid: trace.java.deserialization.untrusted-object-stream
        new ObjectInputStream(new ByteArrayInputStream(payload)).readObject();
    }

    void javalin(Context ctx) throws Exception {
        // ruleid: trace.java.deserialization.untrusted-object-stream
        new ObjectInputStream(ctx.bodyInputStream()).readObject();
    }

    void vertx(RoutingContext ctx) throws Exception {
        // ruleid: trace.java.deserialization.untrusted-object-stream
        new ObjectInputStream(new ByteArrayInputStream(ctx.body().buffer().getBytes())).readObject();
    }

    Mono<ServerResponse> webflux(ServerRequest request) {
        return request.bodyToMono(byte[].class).flatMap(bytes -> {
            try {
                // ruleid: trace.java.deserialization.untrusted-object-stream
                new ObjectInputStream(new ByteArrayInputStream(bytes)).readObject();
            } catch (Exception e) {}
            return ServerResponse.ok().build();
        });
    }

    @POST
    @Path("/restore")
    public Object quarkus(@RestForm("snapshot") FileUpload snapshot) throws Exception {
        // ruleid: trace.java.deserialization.untrusted-object-stream
        return new ObjectInputStream(new FileInputStream(snapshot.uploadedFile().toFile())).readObject();
    }
}
