package com.berthwise.api.controller;

import com.berthwise.core.repository.CustomsHoldMongoRepository;
import com.berthwise.core.security.TokenService;
import com.berthwise.core.security.TokenService.AuthenticatedUser;
import com.berthwise.core.service.CustomsBridgeClient;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.*;
import lombok.RequiredArgsConstructor;
import org.bson.Document;
import java.util.List;
import java.util.Map;

@Controller("/api/customs-holds")
@RequiredArgsConstructor
public class CustomsHoldController {
    private final CustomsHoldMongoRepository holds;
    private final CustomsBridgeClient customsBridge;
    private final TokenService tokens;

    @Get("/container/{containerNo}")
    public List<Document> activeForContainer(@PathVariable String containerNo) {
        return holds.findActiveByContainer(containerNo);
    }

    @Get("/overweight")
    public List<Document> overweight(@QueryValue(defaultValue = "50") int limit) {
        return holds.findOverweightHolds(Math.min(limit, 200));
    }

    @Post("/{containerNo}/release")
    public HttpResponse<Map<String, Object>> release(@PathVariable String containerNo,
                                                     @Header("Authorization") String authorization) {
        AuthenticatedUser user = tokens.currentUser(authorization);
        if (!user.hasRole("customs-officer")) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        long released = holds.release(containerNo, user.username());
        return HttpResponse.ok(Map.of("containerNo", containerNo, "released", released));
    }

    @Get("/release-notice")
    public HttpResponse<String> releaseNotice(@QueryValue String url, @Header("Authorization") String authorization) {
        tokens.verify(authorization);
        return HttpResponse.ok(customsBridge.fetchReleaseNotice(url));
    }
}
