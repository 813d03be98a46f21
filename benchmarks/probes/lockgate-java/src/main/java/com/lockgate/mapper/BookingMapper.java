package com.lockgate.mapper;

import com.lockgate.model.Booking;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.List;

public interface BookingMapper {

    String COLUMNS = "b.id, b.lock_code, b.boat_id, bt.name AS boat_name, b.skipper_email, b.slot_start, "
            + "b.direction, b.confirmation_code, b.status, b.toll_pence";

    @Select("SELECT " + COLUMNS + " FROM booking b JOIN boat bt ON bt.id = b.boat_id WHERE b.lock_code = #{lockCode} AND b.slot_start >= #{from} ORDER BY ${sort} ${direction} LIMIT 200") // VULN sqli
    List<Booking> searchByLock(@Param("lockCode") String lockCode,
                               @Param("from") LocalDateTime from,
                               @Param("sort") String sort,
                               @Param("direction") String direction);

    @Select("SELECT " + COLUMNS + " FROM booking b JOIN boat bt ON bt.id = b.boat_id WHERE b.confirmation_code = #{code}") // SAFE sqli
    Booking findByConfirmation(@Param("code") String code);

    @Select("SELECT " + COLUMNS + " FROM booking b JOIN boat bt ON bt.id = b.boat_id WHERE b.id = #{id}")
    Booking findById(@Param("id") long id);

    @Select("SELECT count(*) FROM booking WHERE lock_code = #{lockCode} AND slot_start = #{slot} AND status <> 'CANCELLED'")
    int countInSlot(@Param("lockCode") String lockCode, @Param("slot") LocalDateTime slot);

    @Insert("INSERT INTO booking (lock_code, boat_id, skipper_email, slot_start, direction, confirmation_code, status, toll_pence) "
            + "VALUES (#{lockCode}, #{boatId}, #{skipperEmail}, #{slotStart}, #{direction}, #{confirmationCode}, #{status}, #{tollPence})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(Booking booking);

    @Update("UPDATE booking SET status = #{status} WHERE id = #{id}")
    int updateStatus(@Param("id") long id, @Param("status") Booking.Status status);
}
