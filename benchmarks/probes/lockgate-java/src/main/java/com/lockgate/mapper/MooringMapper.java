package com.lockgate.mapper;

import com.lockgate.model.Mooring;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.util.List;

public interface MooringMapper {

    @Select("SELECT id, basin, berth_ref, max_length_metres, electric_hookup, operator_name, website, occupant_boat_id, nightly_pence FROM mooring WHERE basin = #{basin} AND max_length_metres >= #{minLength} ORDER BY ${orderBy}") // SAFE sqli
    List<Mooring> findVacancies(@Param("basin") String basin,
                                @Param("minLength") double minLength,
                                @Param("orderBy") String orderBy);

    @Select("SELECT id, basin, berth_ref, max_length_metres, electric_hookup, operator_name, website, occupant_boat_id, nightly_pence FROM mooring WHERE id = #{id}")
    Mooring findById(@Param("id") long id);

    @Insert("INSERT INTO mooring (basin, berth_ref, max_length_metres, electric_hookup, operator_name, website, nightly_pence) "
            + "VALUES (#{basin}, #{berthRef}, #{maxLengthMetres}, #{electricHookup}, #{operatorName}, #{website}, #{nightlyPence})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(Mooring mooring);

    @Update("UPDATE mooring SET occupant_boat_id = #{boatId} WHERE id = #{id} AND occupant_boat_id IS NULL")
    int allocate(@Param("id") long id, @Param("boatId") long boatId);

    @Update("UPDATE mooring SET occupant_boat_id = NULL WHERE id = #{id}")
    int release(@Param("id") long id);
}
