package com.lockgate.service;

import com.lockgate.config.Database;
import com.lockgate.mapper.BookingMapper;
import com.lockgate.model.Boat;
import com.lockgate.model.Booking;
import com.lockgate.repository.BoatRepository;
import com.lockgate.security.ConfirmationCodes;
import org.apache.ibatis.session.SqlSession;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Passage bookings for staffed locks and lock flights.
 */
public class BookingService {

    /** Chambers at booked sites take at most this many boats per locking. */
    private static final int BOATS_PER_SLOT = 2;
    private static final Set<String> DIRECTIONS = Set.of("ASC", "DESC");
    private static final Set<String> TRAVEL = Set.of("UP", "DOWN");

    private final BoatRepository boats;
    private final PricingService pricing;

    public BookingService() {
        this(new BoatRepository(), new PricingService());
    }

    public BookingService(BoatRepository boats, PricingService pricing) {
        this.boats = boats;
        this.pricing = pricing;
    }

    public List<Booking> search(String lockCode, String sortColumn, String sortDirection) {
        String direction = sortDirection == null ? "ASC" : sortDirection.toUpperCase(Locale.ROOT);
        if (!DIRECTIONS.contains(direction)) {
            direction = "ASC";
        }
        String sort = sortColumn == null || sortColumn.isBlank() ? "b.slot_start" : sortColumn;
        LocalDateTime from = LocalDateTime.now().truncatedTo(ChronoUnit.DAYS);
        try (SqlSession session = Database.get().openSession()) {
            return session.getMapper(BookingMapper.class).searchByLock(lockCode, from, sort, direction);
        }
    }

    public Booking create(String lockCode, String registrationNo, String skipperEmail, LocalDateTime slot, String travel) {
        if (!TRAVEL.contains(travel)) {
            throw new IllegalArgumentException("direction must be UP or DOWN");
        }
        if (slot.getMinute() % 20 != 0) {
            throw new IllegalArgumentException("slots start every 20 minutes");
        }
        Boat boat = boats.findByRegistration(registrationNo)
                .orElseThrow(() -> new IllegalArgumentException("unknown boat registration"));
        try (SqlSession session = Database.get().openSession()) {
            BookingMapper mapper = session.getMapper(BookingMapper.class);
            if (mapper.countInSlot(lockCode, slot) >= BOATS_PER_SLOT) {
                throw new IllegalStateException("slot is full");
            }
            Booking b = new Booking();
            b.setLockCode(lockCode);
            b.setBoatId(boat.getId());
            b.setBoatName(boat.getName());
            b.setSkipperEmail(skipperEmail);
            b.setSlotStart(slot);
            b.setDirection(travel);
            b.setTollPence(pricing.tollFor(lockCode, boat));
            b.setConfirmationCode(ConfirmationCodes.bookingCode());
            b.setStatus(Booking.Status.CONFIRMED);
            mapper.insert(b);
            return b;
        }
    }

    public Optional<Booking> findByConfirmation(String code) {
        try (SqlSession session = Database.get().openSession()) {
            return Optional.ofNullable(session.getMapper(BookingMapper.class).findByConfirmation(code.trim().toUpperCase(Locale.ROOT)));
        }
    }

    public void markPassed(long bookingId) {
        try (SqlSession session = Database.get().openSession()) {
            session.getMapper(BookingMapper.class).updateStatus(bookingId, Booking.Status.PASSED);
        }
    }

    public boolean cancel(String confirmationCode) {
        return findByConfirmation(confirmationCode).map(b -> {
            try (SqlSession session = Database.get().openSession()) {
                return session.getMapper(BookingMapper.class).updateStatus(b.getId(), Booking.Status.CANCELLED) == 1;
            }
        }).orElse(false);
    }
}
