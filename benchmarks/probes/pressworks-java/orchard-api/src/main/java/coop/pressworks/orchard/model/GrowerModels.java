package coop.pressworks.orchard.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Grower accounts, portal profiles and directory entries.
 */
public final class GrowerModels {

    private GrowerModels() {
    }

    @Serdeable
    public record GrowerProfile(
            long growerId,
            String displayName,
            String farmName,
            @Nullable String farmStoryHtml,
            @Nullable String website,
            @Nullable String socialUrl,
            @Nullable String region,
            Instant updatedAt) {
    }

    @Serdeable
    public record GrowerProfileUpdate(
            String displayName,
            String farmName,
            @Nullable String farmStoryHtml,
            @Nullable String website,
            @Nullable String socialUrl,
            @Nullable String region) {
    }

    @Serdeable
    public record LoginRequest(String username, String password) {
    }

    @Serdeable
    public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    @Serdeable
    public record RefreshRequest(String token) {
    }

    @Serdeable
    public record DirectoryEntry(String uid, String displayName, String mail, long growerId, String memberSince) {
    }
}
