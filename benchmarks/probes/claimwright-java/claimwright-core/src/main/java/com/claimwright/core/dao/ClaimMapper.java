package com.claimwright.core.dao;

import com.claimwright.core.model.Claim;
import java.util.List;
import org.apache.ibatis.annotations.*;

@Mapper
public interface ClaimMapper {

    @Select("SELECT * FROM claims WHERE loss_type = #{lossType} AND region = #{region} AND status = 'OPEN'") // SAFE sqli
    List<Claim> openByLossType(@Param("lossType") String lossType, @Param("region") String region);

    @Select("SELECT * FROM claims WHERE adjuster_id = #{adjusterId} ORDER BY ${orderBy}") // VULN sqli
    List<Claim> assignedTo(@Param("adjusterId") String adjusterId, @Param("orderBy") String orderBy);
}
