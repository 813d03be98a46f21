package com.cargomark.messaging;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BookingUpdate.Confirmed.class, name = "confirmed"),
        @JsonSubTypes.Type(value = BookingUpdate.Rejected.class, name = "rejected"),
        @JsonSubTypes.Type(value = BookingUpdate.Amended.class, name = "amended")
})
public sealed interface BookingUpdate permits BookingUpdate.Confirmed, BookingUpdate.Rejected, BookingUpdate.Amended {

    String bookingNumber();

    record Confirmed(String bookingNumber, String vessel, String voyage, LocalDate etd, LocalDate eta)
            implements BookingUpdate {
    }

    record Rejected(String bookingNumber, String reason) implements BookingUpdate {
    }

    record Amended(String bookingNumber, String field, String oldValue, String newValue) implements BookingUpdate {
    }
}
