package com.moorgate.db;

import com.moorgate.api.Claim;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Result;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.util.List;

/**
 * MyBatis mapper used by the claims desk for the carrier and vessel look-ups.
 */
public interface ClaimMapper {

    @Results(id = "claimResult", value = {
            @Result(property = "id", column = "id", id = true),
            @Result(property = "claimRef", column = "claim_ref"),
            @Result(property = "policyNumber", column = "policy_number"),
            @Result(property = "carrierCode", column = "carrier_code"),
            @Result(property = "vesselName", column = "vessel_name"),
            @Result(property = "containerNumber", column = "container_number"),
            @Result(property = "portCode", column = "port_code"),
            @Result(property = "claimedAmount", column = "claimed_amount"),
            @Result(property = "lossDate", column = "loss_date"),
            @Result(property = "trackingUrl", column = "tracking_url")
    })
    @Select("SELECT * FROM claims WHERE carrier_code = #{carrier} AND status = #{status} ORDER BY loss_date DESC") // SAFE sqli
    List<Claim> findByCarrier(@Param("carrier") String carrier, @Param("status") String status);

    @Select("SELECT * FROM claims WHERE vessel_name ILIKE '%${vessel}%' ORDER BY loss_date DESC LIMIT 100") // VULN sqli
    @org.apache.ibatis.annotations.ResultMap("claimResult")
    List<Claim> findByVessel(@Param("vessel") String vessel);

    @Update("UPDATE claims SET container_number = #{container} WHERE id = #{id}::uuid")
    int updateContainer(@Param("id") String id, @Param("container") String container);
}
