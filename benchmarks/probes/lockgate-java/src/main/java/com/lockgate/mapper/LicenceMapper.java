package com.lockgate.mapper;

import com.lockgate.model.Licence;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.util.List;

public interface LicenceMapper {

    @Select("SELECT id, boat_id, licence_number, type, valid_from, valid_to, fee_pence, attachment_path FROM licence WHERE boat_id = #{boatId} ORDER BY valid_to DESC") // SAFE sqli
    List<Licence> findForBoat(@Param("boatId") long boatId);

    @Select("SELECT id, boat_id, licence_number, type, valid_from, valid_to, fee_pence, attachment_path FROM licence WHERE licence_number = #{number}")
    Licence findByNumber(@Param("number") String number);

    @Select("SELECT id, boat_id, licence_number, type, valid_from, valid_to, fee_pence, attachment_path FROM licence WHERE valid_to BETWEEN current_date AND current_date + #{days} ORDER BY valid_to")
    List<Licence> findExpiringWithin(@Param("days") int days);

    @Insert("INSERT INTO licence (boat_id, licence_number, type, valid_from, valid_to, fee_pence) "
            + "VALUES (#{boatId}, #{licenceNumber}, #{type}, #{validFrom}, #{validTo}, #{feePence})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(Licence licence);

    @Update("UPDATE licence SET attachment_path = #{path} WHERE id = #{id}")
    int setAttachment(@Param("id") long id, @Param("path") String path);
}
