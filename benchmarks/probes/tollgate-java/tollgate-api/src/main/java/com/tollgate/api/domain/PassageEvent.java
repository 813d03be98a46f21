package com.tollgate.api.domain;

import java.time.Instant;

/** Message published by the gantry gateway for every detected vehicle. */
public record PassageEvent(String gantryId, int lane, String plate, String vehicleClass, Instant passedAt,
                           double confidence, String snapshotUrl) {}
